// Throughput of the exam's server actions next to a bare route handler, with
// autocannon against the production build (`next start`) on its own database:
//   npx tsx scripts/bench-actions.ts [--duration 10] [--warmup 3] [--connections 10] [--port 3210] [--only save,submit] [--pool 2500] [--profile]
// Builds first (`next build`) when .next is missing or older than the sources.
// Signs in the demo learner in Chromium, starts a short PMP exam (20 questions),
// answers every question and captures the browser's own requests: the autosave
// action, the "Submit exam" confirmation (stopped before it reaches the server)
// and the sign-in form action. Then, per scenario, a warm-up run (discarded) and
// a measured run, each response checked to be a real success:
//   health  GET /api/health, a bare route handler (no session, no database)
//   noop    the sign-in action given an empty password: a server action that
//           returns its validation error before any session or database work
//   save    saving an exam answer (the captured autosave, replayed)
//   submit  submitting an exam of 20 saved answers, each request on its own
//           in-progress attempt copied in SQL from the captured one
// Prints a table with the ratios to the bare handler and writes it to
// .tmp/bench-actions.json.
// With --profile the server runs with scripts/bench-probe.mjs loaded: it counts
// SQL statements and Auth.js crypto per request of each scenario (sequential
// requests), then puts the answer save under the same load while V8's sampling
// profiler runs (as `node --cpu-prof`), summarises the CPU profile
// (scripts/summarise-cpu-profile.ts) and writes .tmp/bench-actions-profile.json.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { chromium, type Page, type Request } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { createPrismaClient } from "../lib/db/create-client";
import { Prisma } from "../lib/generated/prisma/client";
import { DEMO_ACCOUNTS } from "../prisma/demo-accounts";
import { summariseCpuProfile, formatSummary } from "./summarise-cpu-profile";

const require = createRequire(import.meta.url);
const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3210" },
    profile: { type: "boolean", default: false },
    "profile-scenario": { type: "string", default: "save" },
    only: { type: "string" },
    pool: { type: "string", default: "2500" },
  },
});
const duration = Number(opts.duration);
const warmup = Number(opts.warmup);
const connections = Number(opts.connections);
const port = Number(opts.port);
const probePort = port + 1;
const base = `http://localhost:${port}`;
const tmp = path.resolve(".tmp");
const profileFile = path.join(tmp, `bench-actions-${opts["profile-scenario"]}.cpuprofile`);
// The server below seeds its demo accounts with this password (it inherits the environment).
const demoPassword = (process.env.KAIZEN_DEMO_PASSWORD ??= randomBytes(18).toString("base64url"));
const learnerEmail = DEMO_ACCOUNTS.find((a) => a.role === "learner")!.email;

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function buildIfStale() {
  const built = fs.existsSync(".next/BUILD_ID") ? fs.statSync(".next/BUILD_ID").mtimeMs : 0;
  const sources = ["app", "lib", "components", "proxy.ts", "next.config.mjs", "package-lock.json", "prisma/schema.prisma"];
  if (built > Math.max(...sources.map(newestMtime))) return;
  console.log("building (next build): .next is missing or older than the sources");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function waitFor(url: string, ms = 90_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

function startServer() {
  const nodeOptions = [process.env.NODE_OPTIONS ?? ""];
  if (opts.profile) nodeOptions.push(`--import=${path.resolve("scripts/bench-probe.mjs")}`);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/e2e-server.ts", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_OPTIONS: nodeOptions.join(" ").trim(), BENCH_PROBE_PORT: String(probePort) },
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return {
    async stop() {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
    },
  };
}

type Captured = { url: string; headers: Record<string, string>; body: string };

async function capture(request: Request, cookie: string): Promise<Captured> {
  const headers = Object.fromEntries(
    Object.entries(await request.allHeaders()).filter(([name]) => !name.startsWith(":") && !["content-length", "connection", "cookie", "accept-encoding"].includes(name)),
  );
  return { url: request.url(), headers: { ...headers, cookie }, body: request.postData() ?? "" };
}

const isAction = (r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]);

/** Gives some answer to the question on screen, whatever its type (as e2e/assessment.spec.ts does). */
async function answerCurrent(page: Page) {
  const answer = page.getByTestId("answer");
  const radio = answer.locator("input[type=radio]").first();
  if (await radio.count()) return radio.check();
  const box = answer.locator("input[type=checkbox]").first();
  if (await box.count()) return box.check();
  const number = answer.locator("input[type=number]");
  if (await number.count()) return number.fill("3");
  const select = answer.locator("select").first();
  if (await select.count()) return select.selectOption({ index: 1 });
  return answer.getByRole("button", { name: /Move .* down/ }).first().click();
}

/** Drives the browser through sign-in, a short exam and the submit confirmation; returns the captured requests. */
async function captureFromBrowser() {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(learnerEmail);
    await page.getByLabel("Password").fill(demoPassword);
    const signInRequest = page.waitForRequest(isAction);
    await page.getByRole("button", { name: "Sign in" }).click();
    const signIn = await signInRequest;
    await page.waitForURL(/\/home/);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

    await page.goto(`${base}/exams`);
    await page.getByRole("button", { name: "Start a short PMP exam" }).click();
    await page.waitForURL(/\/exams\/[^/]+$/);
    const attemptId = new URL(page.url()).pathname.split("/").pop()!;
    const questions = await page.getByLabel("Question navigator").getByRole("button", { name: /^Question \d+/ }).count();

    let save: Request | undefined;
    for (let i = 0; i < questions; i++) {
      const saved = i === 0 ? page.waitForRequest(isAction) : undefined;
      await answerCurrent(page);
      save ??= await saved;
      await page.getByTestId("save-state").getByText("All answers saved").waitFor();
      if (i < questions - 1) await page.getByRole("button", { name: "Next →" }).click();
    }

    // The confirmation's request is captured and stopped: the attempt stays open as the template for copies.
    let submit: Request | undefined;
    await page.route(/\/exams\//, (route) => {
      if (isAction(route.request())) {
        submit = route.request();
        return route.abort();
      }
      return route.continue();
    });
    await page.getByRole("button", { name: "Submit exam" }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    await expectSoon(() => submit !== undefined, "the submit request");

    return {
      attemptId,
      questions,
      signIn: await capture(signIn, ""),
      save: await capture(save!, cookie),
      submit: await capture(submit!, cookie),
    };
  } finally {
    await browser.close();
  }
}

async function expectSoon(check: () => boolean, what: string) {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

/**
 * In-progress copies of the captured attempt and its answered items, with ids
 * of the original's length, in two INSERT ... SELECT statements. Made before the
 * server is under load, on a connection of their own that is closed at once: a
 * write transaction of the bench's would make the server's writers wait.
 */
async function makeAttemptPool(dbFile: string, templateId: string, count: number): Promise<string[]> {
  const width = templateId.length - "bench".length;
  const db = createPrismaClient(`file:${dbFile}`);
  try {
    // Column names come from the schema itself (never from input); values are parameters.
    const columns = async (table: string) =>
      (await db.$queryRaw<{ name: string }[]>`SELECT "name" FROM pragma_table_info(${table})`).map((c) => `"${c.name}"`).filter((c) => c !== '"id"');
    const list = (names: string[], prefix = "") => Prisma.raw(names.map((c) => prefix + c).join(", "));
    const attemptColumns = (await columns("Attempt")).filter((c) => c !== '"activeKey"');
    const itemColumns = (await columns("AttemptItem")).filter((c) => c !== '"attemptId"');
    const numbers = Prisma.sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})`;
    const id = Prisma.sql`('bench' || printf('%0' || ${width} || 'd', n.i))`;
    await db.$transaction([
      db.$executeRaw`INSERT INTO "Attempt" ("id", ${list(attemptColumns)}) ${numbers} SELECT ${id}, ${list(attemptColumns, "a.")} FROM n, "Attempt" a WHERE a."id" = ${templateId}`,
      db.$executeRaw`INSERT INTO "AttemptItem" ("id", "attemptId", ${list(itemColumns)}) ${numbers} SELECT ${id} || '-' || t."position", ${id}, ${list(itemColumns, "t.")} FROM n, "AttemptItem" t WHERE t."attemptId" = ${templateId}`,
    ]);
  } finally {
    await db.$disconnect();
  }
  return Array.from({ length: count }, (_, i) => `bench${String(i + 1).padStart(width, "0")}`);
}

/** Checks the captured attempt and gives it a long deadline, so that no run ends it (or its copies) by the clock; saves still check it. */
async function prepareTemplate(dbFile: string, attemptId: string, questions: number) {
  const db = createPrismaClient(`file:${dbFile}`);
  try {
    const answered = await db.attemptItem.count({ where: { attemptId, answeredAt: { not: null } } });
    if (answered !== questions) throw new Error(`expected ${questions} saved answers, found ${answered}`);
    await db.attempt.update({ where: { id: attemptId }, data: { deadlineAt: new Date(Date.now() + 24 * 3600_000) } });
  } finally {
    await db.$disconnect();
  }
}

type Check = (status: number, body: string, headers: Record<string, string>) => string | null;

type Scenario = {
  name: string;
  label: string;
  method: "GET" | "POST";
  url: string;
  headers?: Record<string, string>;
  /** The body of the next request; undefined when a pool is used up. */
  body?: () => string | undefined;
  check: Check;
};

type RunResult = { requests: number; good: number; bad: number; errors: number; timeouts: number; seconds: number; reqPerSec: number; p50Ms: number; p99Ms: number; badSamples: string[] };

async function load(s: Scenario, seconds: number): Promise<RunResult> {
  let good = 0;
  let bad = 0;
  const badSamples: string[] = [];
  const url = new URL(s.url);
  let exhausted = false;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon({
    url: url.origin,
    connections,
    duration: seconds,
    // A submit takes seconds when ten share a busy machine; only a hung request should count as an error.
    timeout: 60,
    requests: [
      {
        method: s.method,
        path: url.pathname + url.search,
        headers: s.headers,
        setupRequest: (request) => {
          if (!s.body) return request;
          const body = s.body();
          if (body === undefined) {
            exhausted = true;
            instance.stop();
            return request;
          }
          return { ...request, body };
        },
        onResponse: (status, body, _context, headers) => {
          const lower = Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
          const problem = s.check(status, body, lower);
          if (problem === null) good++;
          else {
            bad++;
            if (badSamples.length < 3) badSamples.push(`${status} ${problem}: ${body.slice(0, 300)}`);
          }
        },
      },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)));
  const result = await done;
  if (exhausted) console.warn(`  ${s.name}: attempt pool used up; the run ended early`);
  const secondsRun = result.duration;
  return {
    requests: result.requests.total,
    good,
    bad,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: secondsRun,
    reqPerSec: good / secondsRun,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    badSamples,
  };
}

/** Sends n requests one after another; for the probe's per-request counts. */
async function sequential(s: Scenario, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const body = s.body?.();
    const res = await fetch(s.url, { method: s.method, headers: s.headers, body });
    const text = await res.text();
    const problem = s.check(res.status, text, Object.fromEntries(res.headers));
    if (problem) throw new Error(`${s.name}: ${res.status} ${problem}: ${text.slice(0, 300)}`);
  }
  return (performance.now() - start) / n;
}

const probe = async (reset = false) => (await fetch(`http://127.0.0.1:${probePort}/${reset ? "?reset" : ""}`)).json() as Promise<ProbeCounts>;
type ProbeCounts = { connections: number; calls: Record<string, number>; statements: { sql: string; prepared: number; ran: number; prepareMs: number; runMs: number }[] };

function perRequest(counts: ProbeCounts, n: number) {
  const r = (x: number) => Math.round((x / n) * 100) / 100;
  return {
    calls: Object.fromEntries(Object.entries(counts.calls).map(([k, v]) => [k, r(v)])),
    sqlRunsPerRequest: r(counts.statements.reduce((s, x) => s + x.ran, 0)),
    sqlPreparesPerRequest: r(counts.statements.reduce((s, x) => s + x.prepared, 0)),
    sqliteMsPerRequest: r(counts.statements.reduce((s, x) => s + x.runMs + x.prepareMs, 0)),
    statements: counts.statements.map((x) => ({ perRequest: r(x.ran), prepared: r(x.prepared), ms: r(x.runMs + x.prepareMs), sql: x.sql.slice(0, 240) })),
  };
}

const table = (rows: Record<string, string | number>[]) => {
  const keys = Object.keys(rows[0]!);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  return [line(keys), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(keys.map((k) => String(r[k]))))].join("\n");
};

buildIfStale();
const server = startServer();
try {
  await waitFor(`${base}/api/health`);
  console.log(`server on ${base}; capturing requests from Chromium`);
  const captured = await captureFromBrowser();
  const dbFile = path.join(tmp, `server-${port}`, "e2e.db");
  await prepareTemplate(dbFile, captured.attemptId, captured.questions);
  const pool = await makeAttemptPool(dbFile, captured.attemptId, Number(opts.pool));

  const saveProbe = await fetch(captured.save.url, { method: "POST", headers: captured.save.headers, body: captured.save.body });
  const saveText = await saveProbe.text();
  console.log(`answer save: ${saveProbe.status}, ${saveText.length} bytes, set-cookie: ${saveProbe.headers.get("set-cookie") ? "yes" : "no"}, x-action-revalidated: ${saveProbe.headers.get("x-action-revalidated") ?? "absent"}`);

  const noError: Check = (status, body) => (status !== 200 ? "status" : /"ok":false|"status":"error"|digest/.test(body) ? "error in body" : null);
  let poolIds: string[] = [];
  const scenarios: Scenario[] = [
    { name: "health", label: "bare route handler GET /api/health", method: "GET", url: `${base}/api/health`, check: (status, body) => (status === 200 && body.includes('"ok":true') ? null : "not ok") },
    {
      name: "noop",
      label: "server action that does nothing (sign-in form, empty password: validation error only)",
      method: "POST",
      url: captured.signIn.url,
      headers: captured.signIn.headers,
      body: () => captured.signIn.body.replace(demoPassword, ""),
      check: (status, body) => (status !== 200 ? "status" : body.includes("Enter your password.") ? null : "no validation message"),
    },
    {
      name: "save",
      label: "save an exam answer (autosave server action)",
      method: "POST",
      url: captured.save.url,
      headers: captured.save.headers,
      body: () => captured.save.body,
      check: (status, body) => (status === 200 && /"ok":true|"status":"success"/.test(body) ? noError(status, body, {}) : "not ok"),
    },
    {
      name: "submit",
      label: `submit an exam of ${captured.questions} saved answers (server action, redirect to results)`,
      method: "POST",
      url: captured.submit.url,
      headers: captured.submit.headers,
      body: () => {
        const id = poolIds.shift();
        return id && captured.submit.body.replaceAll(captured.attemptId, id);
      },
      // Submitted: either redirected to the results (before) or answered with their address (now).
      check: (status, body, headers) =>
        status !== 200 && status !== 303
          ? "status"
          : /^\/exams\/bench\d+\/results/.test(headers["x-action-redirect"] ?? headers["location"] ?? "") || /"resultsHref":"\/exams\/bench\d+\/results"/.test(body)
            ? null
            : `not submitted (${headers["x-action-redirect"] ?? body.slice(0, 80)})`,
    },
  ];

  if (opts.profile) {
    const counts: Record<string, ReturnType<typeof perRequest> & { sequentialMsPerRequest: number }> = {};
    const n = 50;
    for (const s of scenarios) {
      if (s.name === "submit") poolIds = pool.splice(0, n + 5);
      await sequential(s, 5);
      await probe(true);
      const ms = await sequential(s, n);
      counts[s.name] = { sequentialMsPerRequest: Math.round(ms * 10) / 10, ...perRequest(await probe(true), n) };
      console.log(`\n${s.name} (SQLite connections opened so far: ${(await probe()).connections}): ${counts[s.name]!.sequentialMsPerRequest} ms per request one at a time; per request ${JSON.stringify(counts[s.name]!.calls)}; SQL runs ${counts[s.name]!.sqlRunsPerRequest}, in SQLite ${counts[s.name]!.sqliteMsPerRequest} ms`);
      for (const st of counts[s.name]!.statements) console.log(`  ${st.perRequest}x ${st.ms} ms  ${st.sql.slice(0, 160)}`);
    }
    const profiled = scenarios.find((s) => s.name === opts["profile-scenario"])!;
    if (profiled.name === "submit") poolIds = pool.splice(0, 1000);
    console.log(`\nprofiling ${profiled.name}: ${warmup} s warm-up, ${duration} s under load`);
    await load(profiled, warmup);
    await fetch(`http://127.0.0.1:${probePort}/?profile=start`);
    const loaded = await load(profiled, duration);
    await fetch(`http://127.0.0.1:${probePort}/?profile=stop&file=${encodeURIComponent(profileFile)}`);
    console.log(`  ${profiled.name} under the profiler: ${loaded.reqPerSec.toFixed(0)} req/s, ${loaded.good} good, ${loaded.bad} bad`);
    const summary = summariseCpuProfile(profileFile);
    console.log(`\n${formatSummary(summary)}`);
    fs.writeFileSync(path.join(tmp, "bench-actions-profile.json"), JSON.stringify({ at: new Date().toISOString(), profile: profileFile, saveUnderProfiler: loaded, perRequest: counts, summary }, null, 2));
    console.log(`\nwritten: .tmp/bench-actions-profile.json and ${path.relative(process.cwd(), profileFile)}`);
  } else {
    const results: Record<string, RunResult & { label: string }> = {};
    for (const s of scenarios.filter((x) => !opts.only || x.name === "health" || opts.only.split(",").includes(x.name))) {
      console.log(`${s.name}: ${warmup} s warm-up, then ${duration} s`);
      if (s.name === "submit") poolIds = pool;
      await sequential(s, 1);
      const warm = await load(s, warmup);
      console.log(`  warm-up: ${warm.reqPerSec.toFixed(0)} req/s, ${warm.good} good, ${warm.bad + warm.errors + warm.timeouts} bad`);
      results[s.name] = { label: s.label, ...(await load(s, duration)) };
    }
    const bare = results.health!.reqPerSec;
    const rows = Object.entries(results).map(([name, r]) => ({
      scenario: name,
      "req/s": r.reqPerSec.toFixed(0),
      "x bare": (r.reqPerSec / bare).toFixed(3),
      "p50 ms": r.p50Ms,
      "p99 ms": r.p99Ms,
      good: r.good,
      bad: r.bad + r.errors + r.timeouts,
    }));
    console.log(`\n${connections} connections, ${duration} s measured after ${warmup} s warm-up, ${new Date().toISOString()}\n${table(rows)}`);
    for (const [name, r] of Object.entries(results)) console.log(`  ${name}: ${r.label}${r.badSamples.length ? `\n    bad: ${r.badSamples.join("\n    bad: ")}` : ""}`);
    const ratios = Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.reqPerSec / bare]));
    const targets = { save: 0.4, submit: 0.1 };
    for (const [name, target] of Object.entries(targets).filter(([name]) => ratios[name] !== undefined)) console.log(`${name}: ${ratios[name]!.toFixed(3)}x the bare handler (target ${target}x): ${ratios[name]! >= target ? "met" : "not met"}`);
    fs.writeFileSync(path.join(tmp, "bench-actions.json"), JSON.stringify({ at: new Date().toISOString(), connections, warmupSeconds: warmup, durationSeconds: duration, results, ratios, targets }, null, 2));
    console.log("written: .tmp/bench-actions.json");
    if (Object.values(results).some((r) => r.bad + r.errors + r.timeouts > 0)) process.exitCode = 1;
  }
} finally {
  await server.stop();
}
