// Where the database lives. Shared by the app, the Prisma CLI config and scripts:
// SQLite file by default, PostgreSQL when DATABASE_URL says postgres://.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/kaizen.db";

export function resolveDatabaseUrl(raw: string | undefined): string {
  const url = raw?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Absolute path of a `file:` SQLite URL, resolved against the working directory. */
export function databaseFile(url: string): string {
  const file = url.replace(/^file:/, "");
  if (file === ":memory:") return file;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
