-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CertificationTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "domains" TEXT NOT NULL DEFAULT '[]',
    "educationHoursRequired" REAL,
    "renewalRule" TEXT,
    "rulesEditedAt" DATETIME
);
INSERT INTO "new_CertificationTarget" ("code", "description", "id", "name") SELECT "code", "description", "id", "name" FROM "CertificationTarget";
DROP TABLE "CertificationTarget";
ALTER TABLE "new_CertificationTarget" RENAME TO "CertificationTarget";
CREATE UNIQUE INDEX "CertificationTarget_code_key" ON "CertificationTarget"("code");
CREATE TABLE "new_Track" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "pduCategory" TEXT NOT NULL DEFAULT 'ways-of-working'
);
INSERT INTO "new_Track" ("id", "order", "slug", "summary", "title") SELECT "id", "order", "slug", "summary", "title" FROM "Track";
DROP TABLE "Track";
ALTER TABLE "new_Track" RENAME TO "Track";
CREATE UNIQUE INDEX "Track_slug_key" ON "Track"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
