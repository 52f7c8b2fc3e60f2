// Lighthouse (12.2.3, pinned) scores of the landing, lesson, exam and dashboard
// pages, with Debian's Chromium, against the production build:
//   npx tsx scripts/lighthouse.ts [--port 3451] [--debug-port 3455] [--mobile] [--json FILE]
// Starts scripts/e2e-server.ts (its own seeded database; build first with
// `next build`), signs in the demo learner in a Chromium profile of its own,
// starts a short PMP exam, then runs Lighthouse's performance and
// accessibility categories on each page in that same browser (so signed in).
// Desktop settings unless --mobile. Prints the scores and every failed
// accessibility audit; exits 1 below 95 (performance) or 100 (accessibility).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { DEMO_ACCOUNTS } from "../prisma/demo-accounts";

const { values: opts } = parseArgs({
  options: {
    port: { type: "string", default: "3451" },
    "debug-port": { type: "string", default: "3455" },
    mobile: { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const base = `http://localhost:${opts.port}`;
const debugPort = Number(opts["debug-port"]);
const password = (process.env.KAIZEN_DEMO_PASSWORD ??= randomBytes(18).toString("base64url"));
const learner = DEMO_ACCOUNTS.find((a) => a.role === "learner")!.email;
const TARGETS = { performance: 95, accessibility: 100 };
const METRICS = { "FCP ms": "first-contentful-paint", "LCP ms": "largest-contentful-paint", "TBT ms": "total-blocking-time", "SI ms": "speed-index", "CLS x1000": "cumulative-layout-shift" };

async function waitFor(url: string, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

const server = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts", opts.port], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kaizen-lighthouse-"));
const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, `--remote-debugging-port=${debugPort}`] });
let failed = false;
try {
  await waitFor(`${base}/api/health`);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(learner);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home/);
  await page.goto(`${base}/catalog`);
  const course = await page.locator('a[href^="/courses/"]').first().getAttribute("href");
  await page.goto(`${base}${course}`);
  const lesson = await page.locator('a[href^="/learn/"]').first().getAttribute("href");
  await page.goto(`${base}/exams`);
  await page.getByRole("button", { name: "Start a short PMP exam" }).click();
  await page.waitForURL(/\/exams\/[^/]+$/);
  const exam = new URL(page.url()).pathname;

  const pages = { landing: "/", lesson: lesson!, exam, dashboard: "/dashboard" };
  const results: Record<string, { url: string; performance: number; accessibility: number; failedAccessibility: string[]; metrics: Record<string, number> }> = {};
  for (const [name, route] of Object.entries(pages)) {
    const run = await lighthouse(
      `${base}${route}`,
      { port: debugPort, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] },
      opts.mobile ? undefined : desktopConfig,
    );
    const lhr = run!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failedAccessibility = (lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")
      .map((audit) => `${audit.id}: ${audit.title}`);
    // What the performance score is made of, so a low one says where to look.
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([label, id]) => [label, Math.round((lhr.audits[id]?.numericValue ?? NaN) * (label.startsWith("CLS") ? 1000 : 1))]));
    results[name] = { url: route, performance: score("performance"), accessibility: score("accessibility"), failedAccessibility, metrics };
  }

  console.log(`\nLighthouse 12.2.3, ${opts.mobile ? "mobile" : "desktop"}, ${base}`);
  console.log(`${"page".padEnd(10)} ${"performance".padStart(11)} ${"accessibility".padStart(13)}  url`);
  for (const [name, r] of Object.entries(results)) {
    const ok = r.performance >= TARGETS.performance && r.accessibility >= TARGETS.accessibility;
    failed ||= !ok;
    console.log(`${name.padEnd(10)} ${String(r.performance).padStart(11)} ${String(r.accessibility).padStart(13)}  ${r.url}${ok ? "" : "  (below target)"}`);
    console.log(`           ${Object.entries(r.metrics).map(([label, value]) => `${label} ${value}`).join(", ")}`);
    for (const audit of r.failedAccessibility) console.log(`           failed: ${audit}`);
  }
  console.log(`targets: performance >= ${TARGETS.performance}, accessibility ${TARGETS.accessibility}`);
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify({ at: new Date().toISOString(), mobile: opts.mobile, targets: TARGETS, results }, null, 2));
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  server.kill("SIGTERM");
}
process.exit(failed ? 1 : 0);
