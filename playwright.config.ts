import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
// The e2e server seeds the demo accounts with this password, and the specs sign
// in with it; workers inherit it from this process.
process.env.KAIZEN_DEMO_PASSWORD ??= randomBytes(18).toString("base64url");

// Recording a trace of every test took about a quarter of the suite's time (the three longest specs:
// 367 s of test time with traces, 269 s without), so only a retry records one (CI retries once);
// E2E_TRACE=retain-on-failure keeps one for every failing test of a local run.
const TRACE_MODES = ["off", "on", "retain-on-failure", "on-first-retry"] as const;
const traceMode = TRACE_MODES.find((mode) => mode === process.env.E2E_TRACE) ?? "on-first-retry";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // A guard against hangs, not a speed test: the longest journey (register, sign in twice,
  // enrol, study, five axe checks) took 53 s and 63 s on two CI runs of the same commit on a
  // shared 2-core machine; speed is measured by the benchmark scripts instead.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: traceMode,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    // e2e/multi-instance has its own config (two instances on PostgreSQL: npm run test:multi-instance).
    { name: "chromium", testIgnore: [/phone\.spec\.ts/, /multi-instance\//], use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions } },
    // Issue 15: the phone journeys run as a Pixel 7 (412 px wide, touch, mobile viewport rules).
    { name: "phone", testMatch: /phone\.spec\.ts/, use: { ...devices["Pixel 7"], launchOptions: chromiumLaunchOptions } },
  ],
  webServer: {
    command: `tsx scripts/e2e-server.ts ${port}`,
    url: `http://localhost:${port}/catalog`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
  },
});
