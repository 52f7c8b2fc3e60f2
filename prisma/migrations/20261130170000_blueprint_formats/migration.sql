-- AlterTable
ALTER TABLE "Blueprint" ADD COLUMN "format" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Blueprint" ADD COLUMN "openBook" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Blueprint" ADD COLUMN "scaledPass" INTEGER;
ALTER TABLE "Blueprint" ADD COLUMN "scaledMax" INTEGER;
ALTER TABLE "Attempt" ADD COLUMN "format" TEXT NOT NULL DEFAULT '';

-- DropIndex
DROP INDEX "Blueprint_targetId_effectiveFrom_key";

-- CreateIndex
CREATE UNIQUE INDEX "Blueprint_targetId_format_effectiveFrom_key" ON "Blueprint"("targetId", "format", "effectiveFrom");
