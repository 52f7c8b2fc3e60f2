// Direct access to the e2e server's database, for what a browser cannot do:
// letting exam time run out, and reading the key to prove it never leaked.
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";
import { isPostgresUrl } from "../lib/database-url";

// Where scripts/e2e-server.ts puts the database for the port Playwright uses.
const port = process.env.E2E_PORT ?? "3100";
export const e2eDatabaseFile = path.resolve(".tmp", port === "3100" ? "e2e" : `server-${port}`, "e2e.db");
// scripts/e2e-pg.ts names a PostgreSQL database instead (`npm run test:e2e:pg`).
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? `file:${e2eDatabaseFile}`;
export const onPostgres = isPostgresUrl(e2eDatabaseUrl);
export const e2eDb = createPrismaClient(e2eDatabaseUrl);
