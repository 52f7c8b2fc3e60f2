// One benchmark command (issue 13): `npm run bench`, not part of `npm test`.
//   npm run bench -- [--duration 10] [--warmup 3] [--port 3220] [--db .tmp/scale/kaizen-scale.db] [--learners 10000 --answers 1000000] [--skip actions,hr,search,pages,js]
//   npm run bench -- --postgres postgres://user@host:port/db
// Builds when .next is stale, makes the scale data set when its file is missing
// (`npm run seed:scale`, with --learners and --answers), then measures in one run and prints one table:
//   pages    autocannon (10 connections, warm-up first) against `next start` on
//            the scale data set: the bare route handler, the landing page, the
//            catalog and a course page, as ratios to the bare handler
//   actions  answer save and exam submit against the bare handler
//            (scripts/bench-actions.ts, on its own seeded database: the scale
//            data set has no account anyone can sign in to)
//   hr       the HR cohort dashboard and the learner dashboard against the raw
//            SQL of the same aggregations (scripts/bench-hr.ts)
//   search   search against its raw query (scripts/bench-search.ts: on SQLite
//            the index, next to a naive scan)
//   js       first-load JavaScript per route (scripts/first-load-js.ts)
// and writes the ratios to .tmp/bench.json. Only ratios mean much on a shared machine.
//
// PostgreSQL: --postgres URL runs the pages against a server on that database
// (DATABASE_URL=URL) and hands the URL to the parts that take one
// (BENCH_DATABASE_URL in their environment); a part that cannot run on
// PostgreSQL yet is listed as skipped with its reason, not measured on SQLite.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { clearDataCache } from "./data-cache";
import { FIRST_LOAD_BUDGETS, firstLoadJs } from "./first-load-js";

const require = createRequire(import.meta.url);
const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3220" },
    db: { type: "string", default: path.join(".tmp", "scale", "kaizen-scale.db") },
    postgres: { type: "string" },
    skip: { type: "string", default: "" },
    learners: { type: "string", default: "10000" },
    answers: { type: "string", default: "1000000" },
  },
});
const duration = Number(opts.duration);
const warmup = Number(opts.warmup);
const connections = Number(opts.connections);
const port = Number(opts.port);
const base = `http://localhost:${port}`;
const skip = new Set(opts.skip.split(",").filter(Boolean));
const postgres = opts.postgres;
const scaleFile = path.resolve(opts.db);
const databaseUrl = postgres ?? `file:${scaleFile}`;
const tmp = path.resolve(".tmp");
fs.mkdirSync(tmp, { recursive: true });

/** Targets as ratios: issue 13's for the pages, scripts/bench-actions.ts's for the actions. The dashboards and search have none yet. */
const TARGETS = {
  catalog: { atLeast: 0.5 },
  course: { atLeast: 0.5 },
  save: { atLeast: 0.4 },
  submit: { atLeast: 0.1 },
} as const;

type Row = { measure: string; value: string; ratio: number | null; target: string; verdict: string };
const rows: Row[] = [];
const skipped: Record<string, string> = {};

function record(measure: string, value: string, ratio: number | null) {
  const target = TARGETS[measure as keyof typeof TARGETS] as { atLeast?: number; atMost?: number } | undefined;
  const verdict = ratio === null || !target ? "" : (target.atLeast !== undefined ? ratio >= target.atLeast : ratio <= target.atMost!) ? "met" : "NOT MET";
  const text = !target ? "" : target.atLeast !== undefined ? `>= ${target.atLeast}x` : `<= ${target.atMost}x`;
  rows.push({ measure, value, ratio, target: text, verdict });
}

function run(script: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n$ npx tsx ${script} ${args.join(" ")}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${script} exited with ${result.status}`);
}

function buildIfStale() {
  const newest = (entry: string): number => {
    if (!fs.existsSync(entry)) return 0;
    const stat = fs.statSync(entry);
    return stat.isDirectory() ? Math.max(0, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name)))) : stat.mtimeMs;
  };
  const built = fs.existsSync(".next/BUILD_ID") ? fs.statSync(".next/BUILD_ID").mtimeMs : 0;
  const sources = ["app", "lib", "components", "proxy.ts", "next.config.mjs", "package-lock.json", "prisma/schema.prisma"];
  if (built > Math.max(...sources.map(newest))) return;
  console.log("building (next build): .next is missing or older than the sources");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections, duration: seconds, timeout: 60 });
  return { reqPerSec: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function waitFor(url: string, ms = 90_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await fetch(url).then((r) => r.ok).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** `next start` on the benchmark's database with an empty data cache (demo mode only for its localhost defaults: the scale data set has no demo accounts). */
async function pages() {
  clearDataCache();
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(33).toString("base64"), KAIZEN_DEMO: "true", PORT: String(port) },
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  try {
    await waitFor(`${base}/api/health`);
    const catalog = await (await fetch(`${base}/catalog`)).text();
    const course = /href="(\/courses\/[^"#]+)"/.exec(catalog)?.[1];
    if (!course) throw new Error("the catalog lists no course");
    const targets = { health: "/api/health", landing: "/", catalog: "/catalog", course };
    const results: Record<string, Awaited<ReturnType<typeof load>>> = {};
    for (const [name, route] of Object.entries(targets)) {
      await load(`${base}${route}`, warmup);
      results[name] = await load(`${base}${route}`, duration);
      const r = results[name]!;
      if (r.non2xx || r.errors) throw new Error(`${route}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
    }
    const bare = results.health!.reqPerSec;
    for (const [name, r] of Object.entries(results)) {
      record(name === "health" ? "bare handler" : name, `${r.reqPerSec.toFixed(0)} req/s (p50 ${r.p50Ms} ms)`, name === "health" ? null : r.reqPerSec / bare);
    }
    return { course, results };
  } finally {
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
  }
}

clearDataCache();
buildIfStale();
if (!postgres && !fs.existsSync(scaleFile)) run("scripts/seed-scale.ts", ["--db", scaleFile, "--learners", opts.learners, "--answers", opts.answers]);

const report: Record<string, unknown> = { at: new Date().toISOString(), database: postgres ? "postgresql" : "sqlite", connections, warmupSeconds: warmup, durationSeconds: duration };

if (!skip.has("pages")) report.pages = await pages();

if (!skip.has("actions")) {
  if (postgres) skipped.actions = "scripts/bench-actions.ts seeds its own SQLite database";
  else {
    run("scripts/bench-actions.ts", ["--duration", String(duration), "--warmup", String(warmup), "--port", String(port + 1), "--only", "save,submit"]);
    const actions = JSON.parse(fs.readFileSync(path.join(tmp, "bench-actions.json"), "utf8")) as { results: Record<string, { reqPerSec: number }>; ratios: Record<string, number> };
    for (const name of ["save", "submit"]) record(name, `${actions.results[name]!.reqPerSec.toFixed(0)} req/s`, actions.ratios[name]!);
    report.actions = actions;
  }
}

if (!skip.has("hr")) {
  if (postgres) skipped.hr = "scripts/bench-hr.ts compares against raw SQL through better-sqlite3";
  else {
    const file = path.join(tmp, "bench-hr.json");
    run("scripts/bench-hr.ts", ["--db", scaleFile, "--json", file]);
    const hr = JSON.parse(fs.readFileSync(file, "utf8")) as {
      cohorts: { cohort: string; members: number; warmMs: number; rawSqlMs: number; ratio: number }[];
      learnerDashboard: { warmMs: number; rawSqlMs: number; ratio: number };
    };
    for (const c of hr.cohorts) record(c.cohort === "scale-all" ? "hr-all-staff" : "hr-cohort", `${c.members} members: ${c.warmMs.toFixed(0)} ms vs SQL ${c.rawSqlMs.toFixed(0)} ms`, c.ratio);
    const l = hr.learnerDashboard;
    record("learner-dashboard", `${l.warmMs.toFixed(0)} ms vs SQL ${l.rawSqlMs.toFixed(1)} ms`, l.ratio);
    report.hr = hr;
  }
}

if (!skip.has("search")) {
  if (postgres) skipped.search = "PostgreSQL full-text search is not in this branch; its raw ts_rank query goes here";
  else {
    const file = path.join(tmp, "bench-search.json");
    run("scripts/bench-search.ts", ["--json", file]);
    const search = JSON.parse(fs.readFileSync(file, "utf8")) as { search: { p95Ms: number }; naiveScan: { p95Ms: number }; ratioP95: number };
    record("search", `p95 ${search.search.p95Ms.toFixed(2)} ms vs scan ${search.naiveScan.p95Ms.toFixed(2)} ms`, search.ratioP95);
    report.search = search;
  }
}

if (!skip.has("js")) {
  const js = firstLoadJs();
  for (const r of js.filter((x) => FIRST_LOAD_BUDGETS[x.route] !== undefined)) {
    const budget = FIRST_LOAD_BUDGETS[r.route]!;
    rows.push({ measure: `first-load JS ${r.route}`, value: `${(r.gzipBytes / 1024).toFixed(1)} KB gzip`, ratio: null, target: `<= ${budget / 1024} KB`, verdict: r.gzipBytes <= budget ? "met" : "NOT MET" });
  }
  report.firstLoadJs = js;
}

const cells = rows.map((r) => [r.measure, r.value, r.ratio === null ? "" : `${r.ratio.toFixed(3)}x`, r.target, r.verdict]);
const head = ["measure", "value", "ratio", "target", ""];
const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join("  ");
console.log(`\n${report.database}, ${connections} connections, ${duration} s after ${warmup} s warm-up\n${line(head)}\n${line(widths.map((w) => "-".repeat(w)))}\n${cells.map(line).join("\n")}`);
for (const [part, reason] of Object.entries(skipped)) console.log(`skipped ${part}: ${reason}`);
report.rows = rows;
report.skipped = skipped;
fs.writeFileSync(path.join(tmp, "bench.json"), JSON.stringify(report, null, 2));
console.log("written: .tmp/bench.json");
