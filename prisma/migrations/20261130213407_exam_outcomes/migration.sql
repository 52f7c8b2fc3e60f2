-- CreateTable
CREATE TABLE "ExamOutcome" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "examDate" DATETIME NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "domainBands" TEXT NOT NULL DEFAULT '{}',
    "exam" TEXT NOT NULL,
    "predictedPass" REAL,
    "modelPass" REAL NOT NULL,
    "answers" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExamOutcome_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ExamOutcome_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "CertificationTarget" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TargetCalibration" (
    "targetId" TEXT NOT NULL PRIMARY KEY,
    "calibration" TEXT NOT NULL,
    "outcomes" INTEGER NOT NULL,
    "fittedAt" DATETIME NOT NULL,
    CONSTRAINT "TargetCalibration_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "CertificationTarget" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ExamOutcome_targetId_examDate_idx" ON "ExamOutcome"("targetId", "examDate");

-- CreateIndex
CREATE UNIQUE INDEX "ExamOutcome_userId_targetId_examDate_key" ON "ExamOutcome"("userId", "targetId", "examDate");
