// Runs before each test file: a private copy of the seeded database (a file for SQLite, a
// database made from the template for PostgreSQL), and the pieces of Next.js and Auth.js
// that only exist inside a request, replaced.
import fs from "node:fs";
import path from "node:path";
import { inject, vi } from "vitest";
import { createDatabase } from "./postgres";

const copy = `test-${process.pid}-${Math.random().toString(36).slice(2)}`;
const postgres = inject("postgres");
if (postgres) {
  process.env.DATABASE_URL = await createDatabase(postgres.server, `${postgres.template.replace(/template$/, "")}${copy.replace(/-/g, "_")}`, postgres.template);
} else {
  const dir = process.env.KAIZEN_TEST_DIR!;
  const file = path.join(dir, `${copy}.db`);
  fs.copyFileSync(path.join(dir, "template.db"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123";
// forbidden() only works with this flag, which next.config.mjs sets in the app.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

vi.mock("@/lib/auth", async () => (await import("./session")).authMock);
vi.mock("@/lib/auth/session-token", async (actual) => ({ ...(await actual<object>()), readSessionClaims: (await import("./session")).sessionClaims }));
vi.mock("next/cache", async () => (await import("./next-cache")).nextCacheMock);
// Each test file looks like a different address, so per-IP limits don't leak between files.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": `10.9.${process.pid % 250}.1` }), cookies: async () => new Map() }));
