// Builds one migrated and seeded SQLite database per run; each test file copies it.
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "../scripts/prepare-database";

export default async function setup() {
  const dir = process.env.KAIZEN_TEST_DIR!;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // Without the demo organisation's 20,000 rows of study history, which would slow every database
  // fingerprint of the access and fuzz tests; prisma/demo-organisation.test.ts seeds it in its own copy.
  await prepareDatabase({ url: `file:${path.join(dir, "template.db")}`, demo: true, demoOrganisation: false });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
