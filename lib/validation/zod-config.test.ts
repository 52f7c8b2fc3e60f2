import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["app", "components", "lib"];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("zod's configuration", () => {
  it("is imported by every module that builds schemas with zod, so none probes for eval in the browser", () => {
    const unconfigured = ROOTS.flatMap(sources).filter((file) => {
      const text = fs.readFileSync(file, "utf8");
      return /^import (?!type )[^;]*from "zod";/m.test(text) && !text.includes('import "@/lib/validation/zod-config";');
    });
    expect(unconfigured).toEqual([]);
  });
});
