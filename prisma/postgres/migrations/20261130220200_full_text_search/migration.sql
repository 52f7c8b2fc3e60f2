-- PostgreSQL only (not in the Prisma models): full-text search over courses and lessons
-- (lib/data/search/search-catalog-postgres.ts). Generated columns keep the vectors in step
-- with every write, and titles weigh most. No semicolon in these comments:
-- Prisma's adapter-pg runs a migration split at each one.
ALTER TABLE "Course" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "summary" || ' ' || "description"), 'B')
) STORED;
CREATE INDEX "Course_search_idx" ON "Course" USING GIN ("search");

ALTER TABLE "Lesson" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "objectives" || ' ' || "body"), 'B')
) STORED;
CREATE INDEX "Lesson_search_idx" ON "Lesson" USING GIN ("search");
