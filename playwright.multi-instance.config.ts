// Two app instances on one PostgreSQL database (issue 13): run through `npm run
// test:multi-instance` (scripts/multi-instance.ts), which prepares the database and
// names it in KAIZEN_MULTI_INSTANCE_DATABASE_URL. Not part of the SQLite `npm test` run.
import { createRequire } from "node:module";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const require = createRequire(import.meta.url);
const databaseUrl = process.env.KAIZEN_MULTI_INSTANCE_DATABASE_URL;
if (!databaseUrl) throw new Error("KAIZEN_MULTI_INSTANCE_DATABASE_URL is not set: run `npm run test:multi-instance`.");

// The spec reads the two ports from here; workers inherit them.
process.env.E2E_PORT_A ??= "3203";
process.env.E2E_PORT_B ??= "3204";
const INSTANCE_PORTS = [process.env.E2E_PORT_A, process.env.E2E_PORT_B];

// One AUTH_SECRET for both, as in a deployment: either instance must read the other's session token.
const env = { NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET: "multi-instance-secret-0123456789abcdef", KAIZEN_DEMO: "true" };

export default defineConfig({
  testDir: "e2e/multi-instance",
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${INSTANCE_PORTS[0]}`, trace: "retain-on-failure", launchOptions: chromiumLaunchOptions },
  webServer: INSTANCE_PORTS.map((port) => ({
    command: `node ${require.resolve("next/dist/bin/next")} start -p ${port}`,
    env: { ...env, PORT: String(port) },
    // Ready checks the database, so each instance is up and connected before the tests start.
    url: `http://localhost:${port}/api/ready`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore" as const,
  })),
});
