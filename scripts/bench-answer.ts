// How much does saving a quiz answer cost over the bare minimum? Starts the
// production build on its own database, signs in as the demo learner, starts a
// short exam, captures the browser's autosave server action, then replays it
// against a bare route handler on the same server and prints the ratio.
//   npm run build && npx tsx scripts/bench-answer.ts [requests]
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { chromium, type Request } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { DEMO_ACCOUNTS } from "../prisma/demo-accounts";

const port = 3200;
const base = `http://localhost:${port}`;
const rounds = Number(process.argv[2] ?? 300);
// The server below seeds its demo accounts with this password (it inherits the environment).
const demoPassword = (process.env.KAIZEN_DEMO_PASSWORD ??= randomBytes(18).toString("base64url"));

async function waitFor(url: string, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

async function time(label: string, send: () => Promise<Response>) {
  for (let i = 0; i < 20; i++) await send(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const res = await send();
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${label}: HTTP ${res.status}`);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  return { label, mean, p50: samples[Math.floor(samples.length / 2)]!, p95: samples[Math.floor(samples.length * 0.95)]! };
}

const server = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts", String(port)], { stdio: ["ignore", "ignore", "inherit"] });
try {
  await waitFor(`${base}/api/health`);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(DEMO_ACCOUNTS.find((a) => a.role === "learner")!.email);
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/home/);
  await page.goto(`${base}/exams`);
  await page.getByRole("button", { name: "Start a short PMP exam" }).click();
  await page.waitForURL(/\/exams\/[^/]+$/);
  const captured = new Promise<Request>((resolve) => page.on("request", (r) => r.method() === "POST" && r.headers()["next-action"] && resolve(r)));
  await page.getByTestId("answer").locator("input, select, button[aria-label$=' down']").first().click();
  const action = await captured;
  const headers = { ...(await action.allHeaders()) };
  const body = action.postData()!;
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await browser.close();

  const probe = await fetch(action.url(), { method: "POST", headers: { ...headers, cookie }, body });
  console.log(`answer save response: ${probe.status}, ${(await probe.arrayBuffer()).byteLength} bytes, set-cookie: ${probe.headers.get("set-cookie") ? "yes" : "no"}`);
  const save = await time("save answer (server action: session, DAL, validation, write)", () =>
    fetch(action.url(), { method: "POST", headers: { ...headers, cookie }, body }),
  );
  const bare = await time("bare route handler (no session, no database)", () => fetch(`${base}/api/health`));
  for (const r of [save, bare]) console.log(`${r.label}: mean ${r.mean.toFixed(2)} ms, p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`);
  console.log(`ratio save / bare (mean): ${(save.mean / bare.mean).toFixed(2)} over ${rounds} sequential requests each`);
} finally {
  server.kill("SIGTERM");
}
