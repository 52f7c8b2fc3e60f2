-- AlterTable
ALTER TABLE "User" ADD COLUMN     "desiredRetention" DOUBLE PRECISION NOT NULL DEFAULT 0.9;

-- CreateTable
CREATE TABLE "ExamOutcome" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "examDate" TIMESTAMP(3) NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "domainBands" TEXT NOT NULL DEFAULT '{}',
    "exam" TEXT NOT NULL,
    "predictedPass" DOUBLE PRECISION,
    "modelPass" DOUBLE PRECISION NOT NULL,
    "answers" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExamOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetCalibration" (
    "targetId" TEXT NOT NULL,
    "calibration" TEXT NOT NULL,
    "outcomes" INTEGER NOT NULL,
    "fittedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TargetCalibration_pkey" PRIMARY KEY ("targetId")
);

-- CreateIndex
CREATE INDEX "ExamOutcome_targetId_examDate_idx" ON "ExamOutcome"("targetId", "examDate");

-- CreateIndex
CREATE UNIQUE INDEX "ExamOutcome_userId_targetId_examDate_key" ON "ExamOutcome"("userId", "targetId", "examDate");

-- AddForeignKey
ALTER TABLE "ExamOutcome" ADD CONSTRAINT "ExamOutcome_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamOutcome" ADD CONSTRAINT "ExamOutcome_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "CertificationTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetCalibration" ADD CONSTRAINT "TargetCalibration_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "CertificationTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

