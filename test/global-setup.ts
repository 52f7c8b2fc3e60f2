// Builds one migrated and seeded SQLite database; each test file copies it.
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "../scripts/prepare-database";

export const TEMPLATE = path.resolve(".tmp", "test-template.db");

export default async function setup() {
  fs.mkdirSync(path.dirname(TEMPLATE), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(TEMPLATE + suffix, { force: true });
  await prepareDatabase({ url: `file:${TEMPLATE}`, demo: true });
  return () => {
    for (const f of fs.readdirSync(path.dirname(TEMPLATE))) {
      if (/^test-\d+-\w+\.db(-wal|-shm)?$/.test(f)) fs.rmSync(path.join(path.dirname(TEMPLATE), f), { force: true });
    }
  };
}
