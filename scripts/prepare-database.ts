// Brings a database up to date: applies committed migrations, then imports content
// (and demo accounts in demo mode). Shared by `npm start` and the e2e server.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { databaseFile, isPostgresUrl } from "../lib/database-url";
import { seed } from "../prisma/seed";

const require = createRequire(import.meta.url);

export async function prepareDatabase({ url, demo, demoOrganisation }: { url: string; demo: boolean; demoOrganisation?: boolean }) {
  if (!isPostgresUrl(url)) fs.mkdirSync(path.dirname(databaseFile(url)), { recursive: true });
  const prismaCli = require.resolve("prisma/build/index.js");
  const migrate = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (migrate.status !== 0) {
    throw new Error(`Database migration failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }
  return seed({ url, demo, demoOrganisation });
}
