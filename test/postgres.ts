// A PostgreSQL server for the tests that need one: KAIZEN_TEST_POSTGRES_URL when the caller
// runs one (.ci/run, the PostgreSQL test run), else a throw-away cluster when the server
// binaries are installed, else none (those tests are skipped).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { Client } from "pg";
import { databaseUrl, startCluster } from "../scripts/pg-cluster";

export function postgresAvailable(): boolean {
  if (process.env.KAIZEN_TEST_POSTGRES_URL) return true;
  if (spawnSync("sh", ["-c", "command -v pg_ctl"]).status === 0) return true;
  return fs.existsSync("/usr/lib/postgresql") && fs.readdirSync("/usr/lib/postgresql").length > 0;
}

/** The server's maintenance URL and a stop function (a no-op for a server we did not start). */
export async function postgresServer(): Promise<{ url: string; stop: () => void }> {
  const given = process.env.KAIZEN_TEST_POSTGRES_URL;
  if (given) return { url: given, stop: () => {} };
  const cluster = await startCluster({ ports: process.env.PG_CLUSTER_PORTS });
  return { url: cluster.url, stop: cluster.stop };
}

export async function withAdmin<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the server (or a copy of `template`), and its URL. */
export async function createDatabase(url: string, name: string, template?: string): Promise<string> {
  await withAdmin(url, (c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  return databaseUrl(url, name);
}

export async function dropDatabase(url: string, name: string) {
  await withAdmin(url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
