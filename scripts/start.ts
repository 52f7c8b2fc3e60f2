// `npm start`: prepares the database, builds the app when the build is missing or
// older than the source, and serves it. In demo mode (the default) it also
// creates demo accounts with this installation's password (data/.demo-password)
// and, if none is set, a persistent AUTH_SECRET. Out of demo mode the demo
// accounts are disabled.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { resolveDatabaseUrl } from "../lib/database-url";
import { DEMO_ACCOUNTS, demoPassword, isDemoMode } from "../prisma/demo-accounts";
import { clearDataCache } from "./data-cache";
import { prepareDatabase } from "./prepare-database";

const require = createRequire(import.meta.url);
const root = process.cwd();
const demo = isDemoMode();
const url = resolveDatabaseUrl(process.env.DATABASE_URL);
const port = process.env.PORT ?? "3000";

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function authSecret(): string {
  const given = process.env.AUTH_SECRET?.trim();
  if (given) {
    if (given.length < 32) fail("AUTH_SECRET is too short: use at least 32 random characters (openssl rand -base64 33).");
    return given;
  }
  if (!demo) {
    fail("AUTH_SECRET is not set. Set it to at least 32 random characters (openssl rand -base64 33) before starting without demo mode.");
  }
  const file = path.join(root, "data", ".auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(33).toString("base64");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function newestSourceTime(): number {
  const roots = ["app", "components", "lib", "proxy.ts", "next.config.mjs", "package-lock.json", "postcss.config.mjs"];
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p) || p.includes(`${path.sep}generated${path.sep}`)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) fs.readdirSync(p).forEach((f) => visit(path.join(p, f)));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  roots.forEach((r) => visit(path.join(root, r)));
  return newest;
}

function ensureBuild(env: NodeJS.ProcessEnv) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestSourceTime()) return;
  console.log("Building the app (first start or changed source; this takes a minute or two)…");
  const nextBin = require.resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (result.status !== 0) fail("The build failed; see the messages above.");
}

async function main() {
  const secret = authSecret();
  const env = { ...process.env, AUTH_SECRET: secret, DATABASE_URL: url, KAIZEN_DEMO: String(demo), NODE_ENV: "production" as const };
  const { courses, lessons, questions } = await prepareDatabase({ url, demo });
  console.log(`Database ready: ${courses} courses, ${lessons} lessons, ${questions} questions.`);
  // Before the build too: prerendering would refresh a stale entry in the background, against no database.
  clearDataCache(root);
  ensureBuild(env);

  console.log(`\nKaizen Academy is starting on http://localhost:${port}`);
  if (demo) {
    const { password, from } = demoPassword();
    console.log(`\nDemo accounts (password for each: ${password}, kept in ${from}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
    console.log("\nSet KAIZEN_DEMO=false to start without them; they are then disabled (see README).\n");
  }
  const nextBin = require.resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
