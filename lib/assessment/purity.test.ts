// lib/assessment is the pure core of grading and presenting questions: no
// files, no randomness of its own, no database. Callers hand those in.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.dirname(new URL(import.meta.url).pathname);
const sources = fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

describe("lib/assessment", () => {
  it.each(sources)("%s imports no I/O, crypto or data layer", (file) => {
    const imports = [...fs.readFileSync(path.join(dir, file), "utf8").matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
    expect(imports.filter((i) => /^(node:|fs$|path$|crypto$|server-only$|@\/lib\/(db|data)\b)/.test(i!))).toEqual([]);
  });
});
