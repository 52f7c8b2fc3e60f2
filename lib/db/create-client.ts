// Builds a Prisma client for a DATABASE_URL, choosing the driver adapter.
// The app uses the singleton in lib/db; scripts and tests call this directly.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseFile, isPostgresUrl } from "@/lib/database-url";

export function createPrismaClient(url: string): PrismaClient {
  const adapter = isPostgresUrl(url)
    ? new PrismaPg({ connectionString: url })
    : // timeout is SQLite's busy_timeout: wait for a writer instead of failing with SQLITE_BUSY.
      new PrismaBetterSQLite3({ url: databaseFile(url), timeout: 10_000 });
  return new PrismaClient({ adapter });
}
