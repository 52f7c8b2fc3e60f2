// The PostgreSQL schema and migrations are generated from the SQLite schema; these fail when
// someone changes prisma/schema.prisma and forgets either.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "../scripts/pg-schema";
import { createDatabase, dropDatabase, postgresAvailable, postgresServer } from "./postgres";

const require = createRequire(import.meta.url);

// Statements Prisma's models cannot describe, added by PostgreSQL-only migrations.
const POSTGRES_ONLY = [/^-- DropTable$/, /^DROP TABLE "RateLimit";$/, /^-- (DropIndex|AlterTable)$/, /^DROP INDEX "\w+_search_idx";$/, /^ALTER TABLE "(Course|Lesson)" DROP COLUMN "search";$/];

describe("PostgreSQL schema", () => {
  it("is prisma/schema.prisma with the PostgreSQL provider (run npx tsx scripts/pg-schema.ts)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("uses no provider-specific attribute, so one client type serves both", () => {
    expect(fs.readFileSync(SQLITE_SCHEMA, "utf8")).not.toMatch(/@db\.|Unsupported\(/);
  });
});

describe.runIf(postgresAvailable())("PostgreSQL migrations", () => {
  let server: Awaited<ReturnType<typeof postgresServer>>;
  const names = [`drift_${process.pid}`, `drift_shadow_${process.pid}`];
  let urls: string[];

  beforeAll(async () => {
    server = await postgresServer();
    urls = await Promise.all(names.map((n) => createDatabase(server.url, n)));
  }, 120_000);
  afterAll(async () => {
    for (const n of names) await dropDatabase(server.url, n);
    server.stop();
  });

  it("replayed, match the generated schema (add a migration under prisma/postgres/migrations)", () => {
    const result = spawnSync(
      process.execPath,
      [require.resolve("prisma/build/index.js"), "migrate", "diff", "--from-migrations", "prisma/postgres/migrations", "--to-schema-datamodel", POSTGRES_SCHEMA, "--script"],
      { env: { ...process.env, DATABASE_URL: urls[0], KAIZEN_SHADOW_DATABASE_URL: urls[1] }, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
    const statements = result.stdout
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && l !== "-- This is an empty migration.");
    expect(statements.filter((s) => !POSTGRES_ONLY.some((p) => p.test(s)))).toEqual([]);
  }, 120_000);
});
