// The shipped blueprints, and importing them again over a database that holds
// an earlier shipment of them.
import { describe, expect, it } from "vitest";
import { blueprintInForce } from "@/lib/data/blueprints/list-blueprints";
import { testDb } from "@/test/helpers";
import { BLUEPRINTS } from "./blueprints";
import { importBlueprints } from "./import-questions";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("shipped blueprints", () => {
  it("put the PMP 2026 outline in force from 9 July 2026, its breaks marked as assumed", () => {
    const pmp2026 = BLUEPRINTS.find((b) => b.target === "PMP" && b.effectiveFrom.startsWith("2026"))!;
    expect(pmp2026).toMatchObject({ effectiveFrom: "2026-07-09", sectionBreaksAssumed: true });
    expect(BLUEPRINTS.filter((b) => b !== pmp2026).every((b) => !b.sectionBreaksAssumed)).toBe(true);
  });

  it("are seeded so that the 2021 outline holds until 8 July 2026", async () => {
    const pmp = await testDb.certificationTarget.findUniqueOrThrow({ where: { code: "PMP" }, select: { id: true } });
    expect((await blueprintInForce(pmp.id, day("2026-07-08")))!.name).toBe("PMP Exam Content Outline 2021");
    expect(await blueprintInForce(pmp.id, day("2026-07-09"))).toMatchObject({ name: "PMP Exam Content Outline, July 2026", sectionBreaksAssumed: true });
  });
});

describe("importBlueprints", () => {
  it("moves a blueprint still at a date it was once shipped with, keeping the admin's other edits", async () => {
    const pmp = await testDb.certificationTarget.findUniqueOrThrow({ where: { code: "PMP" }, select: { id: true } });
    await testDb.blueprint.updateMany({ where: { targetId: pmp.id, effectiveFrom: day("2026-07-09") }, data: { effectiveFrom: day("2026-07-01"), sectionBreaksAssumed: false, passingPercent: 61 } });

    await importBlueprints(testDb);
    await importBlueprints(testDb);

    const rows = await testDb.blueprint.findMany({ where: { targetId: pmp.id }, orderBy: { effectiveFrom: "asc" }, select: { effectiveFrom: true, sectionBreaksAssumed: true, passingPercent: true } });
    expect(rows).toEqual([
      { effectiveFrom: day("2021-01-02"), sectionBreaksAssumed: false, passingPercent: 65 },
      { effectiveFrom: day("2026-07-09"), sectionBreaksAssumed: true, passingPercent: 61 },
    ]);
  });

  it("replaces the one mixed Green Belt blueprint once shipped with the ASQ and IASSC formats", async () => {
    const gb = await testDb.certificationTarget.findUniqueOrThrow({ where: { code: "LSSGB" }, select: { id: true } });
    await testDb.blueprint.create({
      data: { targetId: gb.id, format: "", name: "Green Belt (IASSC/ASQ style)", effectiveFrom: day("2022-01-01"), questionCount: 100, scoredCount: 100, minutes: 180, passingPercent: 70, domains: "[]" },
    });

    await importBlueprints(testDb);

    const rows = await testDb.blueprint.findMany({ where: { targetId: gb.id }, orderBy: { format: "asc" }, select: { format: true, questionCount: true, openBook: true } });
    expect(rows).toEqual([
      { format: "asq-cssgb", questionCount: 110, openBook: true },
      { format: "iassc", questionCount: 100, openBook: false },
    ]);
  });
});
