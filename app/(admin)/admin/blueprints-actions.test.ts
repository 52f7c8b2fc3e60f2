import { describe, expect, it } from "vitest";
import { expectInterrupt, FORBIDDEN, form, signInAs, testDb } from "@/test/helpers";
import { blueprintInForce } from "@/lib/data/blueprints/list-blueprints";
import { saveBlueprintAction } from "./blueprints-actions";

const idle = { status: "idle" } as const;
const valid = {
  targetCode: "CAPM",
  name: "CAPM outline 2027",
  effectiveFrom: "2027-03-01",
  questionCount: "150",
  scoredCount: "135",
  minutes: "180",
  passingPercent: "66",
  sectionBreaks: "75",
  breakMinutes: "10",
  "weight.fundamentals": "30",
  "weight.predictive": "20",
  "weight.agile": "25",
  "weight.business-analysis": "25",
};

describe("saveBlueprintAction", () => {
  it("lets an admin add a blueprint that takes over on its effective date", async () => {
    await signInAs("admin");
    expect(await saveBlueprintAction(idle, form(valid))).toMatchObject({ status: "success", message: "Blueprint added." });
    const capm = await testDb.certificationTarget.findUniqueOrThrow({ where: { code: "CAPM" } });
    expect((await blueprintInForce(capm.id, new Date("2027-02-28T00:00:00Z")))!.name).toBe("CAPM Exam Content Outline 2023");
    const next = (await blueprintInForce(capm.id, new Date("2027-03-01T00:00:00Z")))!;
    expect(next).toMatchObject({ name: "CAPM outline 2027", passingPercent: 66, sectionBreaks: [75] });
    expect(next.domains.map((d) => [d.code, d.weight])).toEqual([["fundamentals", 0.3], ["predictive", 0.2], ["agile", 0.25], ["business-analysis", 0.25]]);
    expect(next.domains[0]!.name).toBe("Project Management Fundamentals and Core Concepts");

    const again = await saveBlueprintAction(idle, form(valid));
    expect(again.fieldErrors?.effectiveFrom).toMatch(/already has a blueprint/);
  });

  it("edits an existing blueprint", async () => {
    await signInAs("admin");
    const bp = await testDb.blueprint.findFirstOrThrow({ where: { target: { code: "LEAN" } } });
    const common = Object.fromEntries(Object.entries(valid).filter(([k]) => !k.startsWith("weight.")));
    const state = await saveBlueprintAction(idle, form({
      ...common, targetCode: "LEAN", blueprintId: bp.id, name: "Lean v2", effectiveFrom: bp.effectiveFrom.toISOString().slice(0, 10), questionCount: "70", scoredCount: "70", sectionBreaks: "",
      "weight.value-and-waste": "20", "weight.flow-and-pull": "20", "weight.standard-work-5s": "20", "weight.kaizen": "20", "weight.lean-metrics": "20",
    }));
    expect(state).toMatchObject({ status: "success" });
    expect(await testDb.blueprint.findUniqueOrThrow({ where: { id: bp.id } })).toMatchObject({ name: "Lean v2", questionCount: 70 });
  });

  it("marks a blueprint's breaks as assumed while the box is ticked, and as published once it is cleared", async () => {
    await signInAs("admin");
    const capm = await testDb.certificationTarget.findUniqueOrThrow({ where: { code: "CAPM" } });
    expect(await saveBlueprintAction(idle, form({ ...valid, effectiveFrom: "2028-01-01", sectionBreaksAssumed: "on" }))).toMatchObject({ status: "success" });
    const saved = (await blueprintInForce(capm.id, new Date("2028-01-01T00:00:00Z")))!;
    expect(saved.sectionBreaksAssumed).toBe(true);
    expect(await saveBlueprintAction(idle, form({ ...valid, effectiveFrom: "2028-01-01", blueprintId: saved.id }))).toMatchObject({ status: "success" });
    expect((await blueprintInForce(capm.id, new Date("2028-01-01T00:00:00Z")))!.sectionBreaksAssumed).toBe(false);
  });

  it("adds a format alongside another in force, leaving out a domain weighted 0%, with its book rule and scaled pass mark", async () => {
    await signInAs("admin");
    const gb = await testDb.certificationTarget.findUniqueOrThrow({ where: { code: "LSSGB" } });
    const state = await saveBlueprintAction(idle, form({
      targetCode: "LSSGB", format: "iassc", name: "IASSC 2027", effectiveFrom: "2027-01-01", questionCount: "100", scoredCount: "100", minutes: "180", passingPercent: "70",
      sectionBreaks: "", breakMinutes: "0", openBook: "on", scaledPass: "70", scaledMax: "100",
      "weight.overview": "0", "weight.define": "20", "weight.measure": "20", "weight.analyze": "20", "weight.improve": "20", "weight.control": "20",
    }));
    expect(state).toMatchObject({ status: "success" });
    const iassc = (await blueprintInForce(gb.id, new Date("2027-01-01T00:00:00Z"), "iassc"))!;
    expect(iassc).toMatchObject({ name: "IASSC 2027", format: "iassc", openBook: true, scaledPass: 70, scaledMax: 100 });
    expect(iassc.domains.map((d) => d.code)).toEqual(["define", "measure", "analyze", "improve", "control"]);
    expect((await blueprintInForce(gb.id, new Date("2027-01-01T00:00:00Z"), "asq-cssgb"))!.name).toBe("ASQ Certified Six Sigma Green Belt (CSSGB)");
  });

  it.each([
    [{ format: "IASSC!" }, "format", "Use lowercase letters, digits and hyphens, e.g. iassc."],
    [{ scaledPass: "550" }, "scaledMax", "Give both the scaled pass mark and the top of the scale, or neither."],
    [{ scaledPass: "800", scaledMax: "750" }, "scaledPass", "The scaled pass mark can't exceed the top of the scale."],
  ])("refuses a bad format or scale %#", async (values, field, message) => {
    await signInAs("admin");
    const state = await saveBlueprintAction(idle, form({ ...valid, effectiveFrom: "2029-01-01", ...values }));
    expect(state.fieldErrors?.[field as "format"]).toBe(message);
  });

  it("counts only the target's own domains, whatever weights are posted", async () => {
    await signInAs("admin");
    const before = await testDb.blueprint.count();
    const state = await saveBlueprintAction(idle, form({ ...valid, targetCode: "LEAN", name: "Crafted", effectiveFrom: "2031-01-01" }));
    expect(state.fieldErrors?.weights).toBe("Domain weights must add up to 100% (now 0%).");
    expect(await testDb.blueprint.count()).toBe(before);
  });

  it("records who saved a blueprint in the audit trail, and nothing for a save that was refused", async () => {
    const admin = await signInAs("admin");
    const values = { ...valid, name: "Audited outline", effectiveFrom: "2030-05-01" };
    expect(await saveBlueprintAction(idle, form(values))).toMatchObject({ status: "success" });
    const saved = await testDb.blueprint.findFirstOrThrow({ where: { name: "Audited outline" }, select: { id: true } });
    const events = await testDb.auditEvent.findMany({ where: { action: "blueprint.saved", actorId: admin.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorEmail: admin.email, subjectType: "blueprint", subjectId: saved.id, ip: expect.stringMatching(/^10\.9\./) });
    expect(JSON.parse(events[0]!.detail)).toMatchObject({ target: "CAPM", name: "Audited outline", effectiveFrom: "2030-05-01", created: true });

    // Same date again: the unique constraint refuses it inside the transaction, so no event either.
    expect((await saveBlueprintAction(idle, form(values))).fieldErrors?.effectiveFrom).toMatch(/already has a blueprint/);
    expect(await testDb.auditEvent.count({ where: { action: "blueprint.saved", actorId: admin.id } })).toBe(1);
  });

  it.each([
    [{ "weight.agile": "30" }, "weights", "Domain weights must add up to 100% (now 105%)."],
    [{ sectionBreaks: "0, 200" }, "sectionBreaks", "Breaks must fall between question 1 and 149."],
    [{ sectionBreaks: "after sixty" }, "sectionBreaks", "List question numbers separated by commas, e.g. 60, 120."],
    [{ scoredCount: "151" }, "scoredCount", "Scored questions can't exceed the total."],
    [{ minutes: "0" }, "minutes", "The minutes must be at least 1."],
    [{ effectiveFrom: "2027-02-30" }, "effectiveFrom", "Enter a real date."],
    [{ blueprintId: "not-a-blueprint" }, "blueprintId", "That blueprint does not exist."],
  ])("refuses bad input %#, changing nothing", async (change, field, message) => {
    await signInAs("admin");
    const before = await testDb.blueprint.count();
    const state = await saveBlueprintAction(idle, form({ ...valid, effectiveFrom: "2028-01-01", ...change }));
    expect(state.fieldErrors?.[field as "weights"]).toBe(message);
    expect(await testDb.blueprint.count()).toBe(before);
  });

  it.each(["learner", "instructor", "hr"] as const)("refuses a %s", async (role) => {
    await signInAs(role);
    const before = await testDb.blueprint.count();
    await expectInterrupt(saveBlueprintAction(idle, form({ ...valid, effectiveFrom: "2029-01-01" })), FORBIDDEN);
    expect(await testDb.blueprint.count()).toBe(before);
  });
});
