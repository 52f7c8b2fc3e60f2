// `npm run backup [-- FILE]`: an online, consistent copy of the SQLite database,
// safe while the app serves (see scripts/sqlite-backup.ts).
import path from "node:path";
import { databaseFile, isPostgresUrl, resolveDatabaseUrl } from "../lib/database-url";
import { backupDatabase, defaultBackupFile } from "./sqlite-backup";

const url = resolveDatabaseUrl(process.env.DATABASE_URL);
if (isPostgresUrl(url)) {
  console.error("DATABASE_URL is PostgreSQL: back it up with pg_dump (see README, Operations).");
  process.exit(1);
}
const source = databaseFile(url);
const target = path.resolve(process.argv[2] ?? defaultBackupFile(source));
try {
  const started = Date.now();
  backupDatabase(source, target);
  console.log(`Backed up ${source} to ${target} in ${Date.now() - started} ms (integrity checked).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
