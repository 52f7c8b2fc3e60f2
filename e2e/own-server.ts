// A production server a spec runs for itself, on a fresh copy of the e2e server's database:
// for tests that kill the server or break its database, which the shared server must survive.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { backupDatabase } from "../scripts/sqlite-backup";
import { databaseUrl as databaseOnServer } from "../scripts/pg-cluster";
import { createDatabase, dropDatabase } from "../test/postgres";
import { e2eDatabaseFile, e2eDatabaseUrl, onPostgres } from "./e2e-db";

const require = createRequire(import.meta.url);

export type OwnServer = { child: ChildProcess; output: () => string };

/** `name` names its folder and file under .tmp (or its PostgreSQL database); `offset` is added to the e2e port, so specs do not collide. */
export function ownServer(name: string, offset: number) {
  const port = Number(process.env.E2E_PORT ?? 3100) + offset;
  const base = `http://localhost:${port}`;
  const dir = path.resolve(".tmp", `${name}-${port}`);
  const file = path.join(dir, `${name}.db`);
  // On PostgreSQL a copy of scripts/e2e-pg.ts's template (the e2e database itself is in use, and a
  // database in use cannot be a template): the demo accounts are all these specs need from it.
  const pgName = `${new URL(e2eDatabaseUrl).pathname.slice(1)}_${name}`;
  const databaseUrl = onPostgres ? databaseOnServer(e2eDatabaseUrl, pgName) : `file:${file}`;

  /** A fresh copy of the e2e server's database, taken while it serves. */
  async function copyDatabase() {
    if (onPostgres) {
      await dropDatabase(e2eDatabaseUrl, pgName);
      await createDatabase(e2eDatabaseUrl, pgName, process.env.E2E_TEMPLATE_DATABASE);
      return;
    }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    backupDatabase(e2eDatabaseFile, file);
  }

  function start(): OwnServer {
    const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port)], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456", KAIZEN_DEMO: "true", PORT: String(port) },
    });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    return { child, output: () => output };
  }

  async function waitUntilUp(server: OwnServer) {
    for (let i = 0; i < 300; i++) {
      if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output()}`);
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`server did not come up:\n${server.output()}`);
  }

  return { port, base, file, databaseUrl, copyDatabase, start, waitUntilUp };
}
