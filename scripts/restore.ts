// `npm run restore -- FILE`: replaces the SQLite database with a backup after
// checking it, keeping the current file beside it (see scripts/sqlite-backup.ts).
import path from "node:path";
import { databaseFile, isPostgresUrl, resolveDatabaseUrl } from "../lib/database-url";
import { restoreDatabase } from "./sqlite-backup";

const url = resolveDatabaseUrl(process.env.DATABASE_URL);
if (isPostgresUrl(url)) {
  console.error("DATABASE_URL is PostgreSQL: restore it with pg_restore (see README, Operations).");
  process.exit(1);
}
const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run restore -- FILE");
  process.exit(1);
}
const target = databaseFile(url);
try {
  const saved = restoreDatabase(path.resolve(file), target);
  console.log(`Restored ${target} from ${path.resolve(file)}.${saved ? ` The previous database is kept in ${saved}.` : ""}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
