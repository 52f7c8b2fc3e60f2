// Builds one migrated and seeded SQLite database per run; each test file copies it.
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "../scripts/prepare-database";

export default async function setup() {
  const dir = process.env.KAIZEN_TEST_DIR!;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await prepareDatabase({ url: `file:${path.join(dir, "template.db")}`, demo: true });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
