import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "./load";
import { loadTargets } from "./targets";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A content tree of one track and one course mapped to `certification`, beside the given targets.yaml. */
function tree(targetsYaml: string, certification: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kaizen-content-"));
  dirs.push(root);
  fs.writeFileSync(path.join(root, "targets.yaml"), targetsYaml);
  const course = path.join(root, "ops", "ops-basics");
  fs.mkdirSync(course, { recursive: true });
  fs.writeFileSync(path.join(root, "ops", "_track.md"), "---\ntitle: Ops\nsummary: S\norder: 1\npduCategory: power-skills\n---\n");
  fs.writeFileSync(path.join(course, "_course.md"), `---\ntitle: C\nsummary: S\nlevel: Beginner\ncertifications:\n${certification}---\nAbout.\n`);
  return root;
}

const SIXTH = "- code: OPEX\n  name: Operational Excellence\n  description: D.\n  domains: [flow, quality]\n  educationHours: 10\n";

describe("targets.yaml", () => {
  it("ships the five targets in order, with DESIGN.md's renewal rules and education hours", () => {
    const targets = loadTargets();
    expect(targets.map((t) => t.code)).toEqual(["PMP", "CAPM", "LSSGB", "LEAN", "EI"]);
    expect(targets[0]).toMatchObject({ educationHours: 35, renewal: { cycleYears: 3, total: 60, minEducation: 35, maxGivingBack: 25, maxPractitioner: 8, minPerTriangleArea: 8 } });
    expect(targets[1]).toMatchObject({ educationHours: 23, renewal: { total: 15, maxGivingBack: 15, maxPractitioner: 2 } });
    expect(targets.slice(2).every((t) => t.renewal === undefined && t.educationHours === undefined)).toBe(true);
  });

  it("lets courses name a target added to the file, and refuses unknown targets and domains", () => {
    const ok = tree(SIXTH, "  - target: OPEX\n    domains: [flow]\n    educationHours: 2\n");
    expect(loadContent(ok)[0]!.courses[0]!.certifications[0]!.target).toBe("OPEX");
    expect(() => loadContent(tree(SIXTH, "  - target: PMP\n    domains: [people]\n    educationHours: 2\n"))).toThrow(/unknown certification target "PMP"/);
    expect(() => loadContent(tree(SIXTH, "  - target: OPEX\n    domains: [agile]\n    educationHours: 2\n"))).toThrow(/unknown OPEX domain "agile"/);
  });

  it("refuses a rule that cannot be met and a code listed twice, naming the file", () => {
    const file = path.join(tree(SIXTH, ""), "targets.yaml");
    fs.writeFileSync(file, `${SIXTH}  renewal: { cycleYears: 3, total: 10, minEducation: 20, maxGivingBack: 5, minPerTriangleArea: 0 }\n`);
    expect(() => loadTargets(file)).toThrow(/targets\.yaml: 0\.renewal\.minEducation: The Education minimum can't exceed/);
    fs.writeFileSync(file, `${SIXTH}${SIXTH}`);
    expect(() => loadTargets(file)).toThrow(/1\.code: target "OPEX" is listed twice/);
  });
});
