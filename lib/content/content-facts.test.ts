// Facts the shipped lessons and questions once got wrong, held in every file
// under prisma/content so that new material does not repeat them.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_ROOT } from "./load";

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return files(full);
    return /\.(md|ya?ml)$/.test(d.name) ? [full] : [];
  });
}

const sources = files(CONTENT_ROOT).map((file) => ({ file: path.relative(CONTENT_ROOT, file), text: fs.readFileSync(file, "utf8").replace(/\s+/g, " ") }));
const offending = (pattern: RegExp) => sources.filter((s) => pattern.test(s.text)).map((s) => s.file);
const read = (file: string) => sources.find((s) => s.file === file)!.text;

describe("content facts", () => {
  it("places Shewhart's 1924 control chart at Western Electric, not Bell Labs (founded 1925)", () => {
    expect(offending(/Shewhart[^.]{0,80}Bell (Telephone )?Lab|Bell (Telephone )?Lab[^.]{0,80}1924|1924[^.]{0,80}Bell (Telephone )?Lab/i)).toEqual([]);
  });

  it("never says a product of yields is always or strictly lower than its worst factor", () => {
    expect(offending(/(always|strictly) (lower|less|below)( than)? (the |its )?(worst|lowest|weakest|smallest)/i)).toEqual([]);
  });

  it("dates the PMP 2026 outline from 9 July 2026", () => {
    expect(offending(/1 July 2026|July 1,? 2026|2026-07-01|(takes|took) effect in July 2026|effective July 2026/i)).toEqual([]);
  });

  it("relates Goleman's five components to the four-domain model where the courses teach either", () => {
    for (const file of ["project-management/pmp-exam-prep/02-people/02-team-performance-and-emotional-intelligence.md", "emotional-intelligence/ei-for-leaders/01-self-awareness/01-what-ei-is-and-is-not.md"]) {
      const text = read(file);
      expect(text, file).toMatch(/four-domain model/i);
      expect(text, file).toMatch(/self-regulation[^.|]*\|? ?self-management|self-regulation and motivation together become \*\*self-management/i);
      expect(text, file).toMatch(/social skill[^.]*relationship management/i);
    }
  });
});
