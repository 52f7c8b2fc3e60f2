// `npm run test:e2e:pg`: the whole Playwright suite with the app on PostgreSQL, against the
// build `npm test` (or `npm run build`) made. A template database is migrated and seeded here
// the way `npm start` prepares a deployment; the e2e server serves a copy of it, and the specs
// that run a server of their own (e2e/own-server.ts) get another. All live on
// KAIZEN_TEST_POSTGRES_URL's server (the cluster .ci/run starts) or a throw-away cluster of
// its own, and are dropped afterwards.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { createDatabase, dropDatabase, postgresServer, withAdmin } from "../test/postgres";
import { prepareDatabase } from "./prepare-database";

const require = createRequire(import.meta.url);

if (!fs.existsSync(path.resolve(".next", "BUILD_ID"))) {
  console.error("\n✖ No build in .next: run `npm run build` (or `npm test`, which builds) first. This run reuses it.\n");
  process.exit(1);
}

const server = await postgresServer();
const prefix = `kaizen_e2e_${process.pid}`;
const template = `${prefix}_template`;
let status = 1;
try {
  const templateUrl = await createDatabase(server.url, template);
  // The seed gives the demo accounts this password, and the specs sign in with it.
  process.env.KAIZEN_DEMO_PASSWORD ??= randomBytes(18).toString("base64url");
  const started = Date.now();
  await prepareDatabase({ url: templateUrl, demo: true });
  const url = await createDatabase(server.url, prefix, template);
  console.log(`Database ${prefix} migrated and seeded in ${Math.round((Date.now() - started) / 1000)} s.`);
  const run = spawnSync(process.execPath, [require.resolve("@playwright/test/cli"), "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_DATABASE_URL: url, E2E_TEMPLATE_DATABASE: template },
  });
  status = run.status ?? 1;
} finally {
  const names = await withAdmin(server.url, (c) => c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]));
  for (const { datname } of names.rows) await dropDatabase(server.url, datname);
  server.stop();
}
process.exit(status);
