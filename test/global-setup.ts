// Builds one migrated and seeded database per run; each test file copies it. SQLite by
// default; with KAIZEN_TEST_DB=postgres a template DATABASE on a PostgreSQL server
// (KAIZEN_TEST_POSTGRES_URL, or a throw-away cluster started here), copied with
// CREATE DATABASE … TEMPLATE.
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "../scripts/prepare-database";
import { createDatabase, postgresServer, withAdmin } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgres: { server: string; template: string } | null;
  }
}

// Without the demo organisation's 20,000 rows of study history, which would slow every database
// fingerprint of the access and fuzz tests; prisma/demo-organisation.test.ts seeds it in its own copy.
const SEED = { demo: true, demoOrganisation: false };

export default async function setup(project: TestProject) {
  const dir = process.env.KAIZEN_TEST_DIR!;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  if (process.env.KAIZEN_TEST_DB !== "postgres") {
    project.provide("postgres", null);
    await prepareDatabase({ url: `file:${path.join(dir, "template.db")}`, ...SEED });
    return () => fs.rmSync(dir, { recursive: true, force: true });
  }
  const server = await postgresServer();
  const prefix = `kaizen_test_${process.pid}_`;
  const template = `${prefix}template`;
  await prepareDatabase({ url: await createDatabase(server.url, template), ...SEED });
  project.provide("postgres", { server: server.url, template });
  return async () => {
    await withAdmin(server.url, async (c) => {
      const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
      for (const { datname } of rows) await c.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
    });
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

