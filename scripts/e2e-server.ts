// The server Playwright tests (and benchmarks) run against: the production
// build on a throw-away SQLite database, migrated and seeded with content and
// demo accounts, or on the PostgreSQL database in E2E_DATABASE_URL, which
// scripts/e2e-pg.ts has prepared the same way.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { clearDataCache } from "./data-cache";
import { prepareDatabase } from "./prepare-database";

const require = createRequire(import.meta.url);
const port = process.argv[2] ?? "3100";

async function freshSqliteDatabase(): Promise<string> {
  // Playwright's server (port 3100) keeps its database where e2e/e2e-db.ts looks; others get their own.
  const dir = path.resolve(".tmp", port === "3100" ? "e2e" : `server-${port}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const url = `file:${path.join(dir, "e2e.db")}`;
  await prepareDatabase({ url, demo: true });
  return url;
}

const url = process.env.E2E_DATABASE_URL ?? (await freshSqliteDatabase());
clearDataCache();
const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456", KAIZEN_DEMO: "true", PORT: port },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
