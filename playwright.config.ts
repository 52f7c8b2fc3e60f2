import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
// The e2e server seeds the demo accounts with this password, and the specs sign
// in with it; workers inherit it from this process.
process.env.KAIZEN_DEMO_PASSWORD ??= randomBytes(18).toString("base64url");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Journeys of a dozen server round trips; generous, because CI machines are shared and a slow run is not a failure.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions } }],
  webServer: {
    command: `tsx scripts/e2e-server.ts ${port}`,
    url: `http://localhost:${port}/catalog`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
  },
});
