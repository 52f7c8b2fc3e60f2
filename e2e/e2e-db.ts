// Direct access to the e2e server's database, for what a browser cannot do:
// letting exam time run out, and reading the key to prove it never leaked.
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";

export const e2eDb = createPrismaClient(`file:${path.resolve(".tmp", "e2e", "e2e.db")}`);
