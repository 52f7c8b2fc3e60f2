// Builds a Prisma client for a DATABASE_URL, choosing the driver adapter.
// The app uses the singleton in lib/db; scripts and tests call this directly.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseFile, isPostgresUrl } from "@/lib/database-url";

export function createPrismaClient(url: string): PrismaClient {
  if (isPostgresUrl(url)) {
    // A generated client refuses an adapter of another provider, so PostgreSQL has its own,
    // generated from prisma/postgres/schema.prisma, whose models are the SQLite schema's
    // (scripts/pg-schema.ts, pinned by test/postgres-schema.test.ts): the one type serves both.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  // timeout is SQLite's busy_timeout: wait for a writer instead of failing with SQLITE_BUSY.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseFile(url), timeout: 10_000 }) });
}
