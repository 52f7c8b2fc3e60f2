// `npm run test:multi-instance`: two `next start` instances of the existing build on one
// PostgreSQL database, and the Playwright spec that uses both (playwright.multi-instance.config.ts).
// The database is migrated and seeded once, here, before either instance starts; it lives on
// KAIZEN_TEST_POSTGRES_URL's server (the cluster .ci/run starts) or a throw-away cluster of
// its own, and is dropped afterwards.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { createDatabase, dropDatabase, postgresServer } from "../test/postgres";
import { clearDataCache } from "./data-cache";
import { prepareDatabase } from "./prepare-database";

const require = createRequire(import.meta.url);

if (!fs.existsSync(path.resolve(".next", "BUILD_ID"))) {
  console.error("\n✖ No build in .next: run `npm run build` (or `npm test`, which builds) first. This run reuses it.\n");
  process.exit(1);
}

const server = await postgresServer();
const name = `kaizen_multi_${process.pid}`;
let status = 1;
try {
  const url = await createDatabase(server.url, name);
  // The instances seed nothing: the demo accounts get this run's password here, and the spec signs in with it.
  process.env.KAIZEN_DEMO_PASSWORD ??= randomBytes(18).toString("base64url");
  const started = Date.now();
  await prepareDatabase({ url, demo: true, demoOrganisation: false });
  console.log(`Database ${name} migrated and seeded in ${Math.round((Date.now() - started) / 1000)} s; starting two instances.`);
  // The data cache in .next is shared by both instances, and may hold another database's ids.
  clearDataCache();
  const run = spawnSync(process.execPath, [require.resolve("@playwright/test/cli"), "test", "--config", "playwright.multi-instance.config.ts", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, KAIZEN_MULTI_INSTANCE_DATABASE_URL: url },
  });
  status = run.status ?? 1;
} finally {
  await dropDatabase(server.url, name);
  server.stop();
}
process.exit(status);
