import { describe, expect, it } from "vitest";
import { checkRenewal, type PduItem, type RenewalRule } from "./rules";

const earned = new Date("2025-03-01T00:00:00Z");
const on = (iso: string) => new Date(`${iso}T00:00:00Z`);
// The rules as shipped in prisma/content/targets.yaml (DESIGN.md's figures).
const pmp: RenewalRule = { total: 60, minEducation: 35, maxGivingBack: 25, maxPractitioner: 8, minPerTriangleArea: 8, cycleYears: 3 };
const capm: RenewalRule = { total: 15, minEducation: 0, maxGivingBack: 15, maxPractitioner: 2, minPerTriangleArea: 0, cycleYears: 3 };

describe("PMP renewal", () => {
  it("is met with 60 PDUs, 35+ Education and 8+ in each Talent Triangle area", () => {
    const items: PduItem[] = [
      { hours: 15, category: "ways-of-working", date: on("2025-06-01") },
      { hours: 12, category: "power-skills", date: on("2026-01-10") },
      { hours: 8, category: "business-acumen", date: on("2026-05-05") },
      { hours: 25, category: "giving-back", date: on("2027-02-01") },
    ];
    const s = checkRenewal(pmp, earned, items);
    expect(s).toMatchObject({ education: 35, givingBackCounted: 25, counted: 60, met: true, shortfalls: [] });
    expect(s.cycleEnd).toEqual(on("2028-03-01"));
  });

  it("counts at most 25 Giving Back and explains each shortfall", () => {
    const s = checkRenewal(pmp, earned, [
      { hours: 30, category: "giving-back", date: on("2025-04-01") },
      { hours: 20, category: "ways-of-working", date: on("2025-04-01") },
      { hours: 5, category: "power-skills", date: on("2025-04-01") },
    ]);
    expect(s.counted).toBe(50);
    expect(s.met).toBe(false);
    expect(s.shortfalls).toEqual([
      "10 more PDUs to reach 60.",
      "10 more Education PDUs (at least 35).",
      "3 more in Power Skills (at least 8).",
      "8 more in Business Acumen (at least 8).",
      "Only 25 Giving Back PDUs count; 5 above that do not.",
    ]);
  });

  it("counts at most 8 PDUs for working as a practitioner, inside the Giving Back cap", () => {
    const education: PduItem[] = [
      { hours: 15, category: "ways-of-working", date: on("2025-06-01") },
      { hours: 12, category: "power-skills", date: on("2026-01-10") },
      { hours: 8, category: "business-acumen", date: on("2026-05-05") },
    ];
    const s = checkRenewal(pmp, earned, [...education, { hours: 20, category: "practitioner", date: on("2026-06-01") }, { hours: 5, category: "giving-back", date: on("2026-07-01") }]);
    expect(s).toMatchObject({ givingBack: 25, practitioner: 20, practitionerCounted: 8, givingBackCounted: 13, counted: 48, met: false });
    expect(s.shortfalls).toEqual(["12 more PDUs to reach 60.", "Only 8 PDUs for working as a practitioner count; 12 above that do not."]);

    const both = checkRenewal(pmp, earned, [...education, { hours: 10, category: "practitioner", date: on("2026-06-01") }, { hours: 20, category: "giving-back", date: on("2026-07-01") }]);
    expect(both).toMatchObject({ practitionerCounted: 8, givingBackCounted: 25, counted: 60, met: true });
    expect(both.shortfalls).toEqual(["Only 8 PDUs for working as a practitioner count; 2 above that do not.", "Only 25 Giving Back PDUs count; 3 above that do not."]);
  });

  it("has no separate practitioner cap under a rule that sets none", () => {
    const { maxPractitioner: _none, ...older } = pmp;
    expect(checkRenewal(older, earned, [{ hours: 20, category: "practitioner", date: on("2026-06-01") }])).toMatchObject({ practitionerCounted: 20, givingBackCounted: 20 });
  });

  it("ignores activities outside the three-year cycle", () => {
    const s = checkRenewal(pmp, earned, [
      { hours: 60, category: "ways-of-working", date: on("2025-02-28") },
      { hours: 60, category: "ways-of-working", date: on("2028-03-01") },
    ]);
    expect(s.counted).toBe(0);
  });
});

describe("CAPM renewal", () => {
  it("needs 15 PDUs in three years", () => {
    const rule = capm;
    expect(checkRenewal(rule, earned, [{ hours: 14.5, category: "power-skills", date: on("2026-01-01") }]).met).toBe(false);
    expect(checkRenewal(rule, earned, [{ hours: 15, category: "power-skills", date: on("2026-01-01") }]).met).toBe(true);
  });

  it("counts at most 2 PDUs for working as a practitioner", () => {
    const s = checkRenewal(capm, earned, [
      { hours: 12, category: "power-skills", date: on("2026-01-01") },
      { hours: 3, category: "practitioner", date: on("2026-02-01") },
    ]);
    expect(s).toMatchObject({ practitionerCounted: 2, counted: 14, met: false });
    expect(checkRenewal(capm, earned, [{ hours: 13, category: "power-skills", date: on("2026-01-01") }, { hours: 2, category: "practitioner", date: on("2026-02-01") }]).met).toBe(true);
  });
});
