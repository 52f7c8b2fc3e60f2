// Direct access to the e2e server's database, for what a browser cannot do:
// letting exam time run out, and reading the key to prove it never leaked.
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";

// Where scripts/e2e-server.ts puts the database for the port Playwright uses.
const port = process.env.E2E_PORT ?? "3100";
export const e2eDatabaseFile = path.resolve(".tmp", port === "3100" ? "e2e" : `server-${port}`, "e2e.db");
export const e2eDb = createPrismaClient(`file:${e2eDatabaseFile}`);
