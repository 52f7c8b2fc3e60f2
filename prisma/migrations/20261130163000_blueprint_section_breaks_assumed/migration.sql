-- AlterTable
ALTER TABLE "Blueprint" ADD COLUMN "sectionBreaksAssumed" BOOLEAN NOT NULL DEFAULT false;
