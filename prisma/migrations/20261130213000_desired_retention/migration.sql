-- AlterTable
ALTER TABLE "User" ADD COLUMN "desiredRetention" REAL NOT NULL DEFAULT 0.9;
