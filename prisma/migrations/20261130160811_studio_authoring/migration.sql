-- AlterTable
ALTER TABLE "Course" ADD COLUMN "shippedConflictAt" DATETIME;
ALTER TABLE "Course" ADD COLUMN "shippedHash" TEXT;
ALTER TABLE "Course" ADD COLUMN "studioEditedAt" DATETIME;

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN "draft" TEXT;
ALTER TABLE "Lesson" ADD COLUMN "publishedAt" DATETIME;
-- Everything already in the catalogue counts as published.
UPDATE "Lesson" SET "publishedAt" = "updatedAt";

-- AlterTable
ALTER TABLE "QuestionVersion" ADD COLUMN "source" TEXT;

-- AlterTable
ALTER TABLE "Module" ADD COLUMN "publishedAt" DATETIME;
UPDATE "Module" SET "publishedAt" = (SELECT "createdAt" FROM "Course" WHERE "Course"."id" = "Module"."courseId");

-- CreateTable
CREATE TABLE "CourseAuthor" (
    "courseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "owner" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("courseId", "userId"),
    CONSTRAINT "CourseAuthor_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CourseAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BankGrant" (
    "targetId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("targetId", "userId"),
    CONSTRAINT "BankGrant_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "CertificationTarget" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BankGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "task" TEXT,
    "difficulty" INTEGER NOT NULL,
    "tags" TEXT NOT NULL,
    "moduleId" TEXT,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authorId" TEXT,
    "studioEditedAt" DATETIME,
    CONSTRAINT "Question_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "CertificationTarget" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("createdAt", "difficulty", "domain", "id", "key", "moduleId", "retired", "tags", "targetId", "task") SELECT "createdAt", "difficulty", "domain", "id", "key", "moduleId", "retired", "tags", "targetId", "task" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE UNIQUE INDEX "Question_key_key" ON "Question"("key");
CREATE INDEX "Question_targetId_domain_idx" ON "Question"("targetId", "domain");
CREATE INDEX "Question_moduleId_idx" ON "Question"("moduleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CourseAuthor_userId_idx" ON "CourseAuthor"("userId");

-- CreateIndex
CREATE INDEX "BankGrant_userId_idx" ON "BankGrant"("userId");
