import { describe, expect, it } from "vitest";
import { expectInterrupt, FORBIDDEN, form, signInAs, testDb, TO_SIGN_IN } from "@/test/helpers";
import { actAs } from "@/test/session";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { getPduLedger } from "@/lib/data/pdus/get-pdu-ledger";
import { listTargetsForAdmin } from "@/lib/data/targets/list-targets-for-admin";
import { forgetTargets } from "@/lib/data/targets/list-targets";
import { listExamOptions } from "@/lib/data/attempts/list-exam-options";
import { addHeldAction, setTargetAction } from "@/app/(learner)/dashboard-actions";
import { startExamAction } from "@/app/(learner)/assessment-actions";
import { saveTargetRulesAction } from "./targets-actions";

const idle = { status: "idle" } as const;
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
const pmpRule = { renews: "on", cycleYears: "3", total: "60", minEducation: "35", maxGivingBack: "25", minPerTriangleArea: "8" };

const targetRow = (code: string) =>
  testDb.certificationTarget.findUniqueOrThrow({ where: { code }, select: { educationHoursRequired: true, renewalRule: true, rulesEditedAt: true } });

describe("saveTargetRulesAction", () => {
  it("lets an admin change a renewal rule and education requirement, which learners see at once, with an audit event", async () => {
    const learner = await signInAs("learner");
    await addHeldAction(idle, form({ targetCode: "CAPM", earnedOn: inDays(-100) }));
    expect((await getPduLedger()).held[0]!.rule).toMatchObject({ total: 15 });

    const admin = await signInAs("admin");
    const state = await saveTargetRulesAction(idle, form({ targetCode: "CAPM", educationHours: "25", ...pmpRule, total: "20", minEducation: "5", maxGivingBack: "10", minPerTriangleArea: "0" }));
    expect(state).toMatchObject({ status: "success", message: "Certified Associate in Project Management (CAPM): saved." });
    const row = await targetRow("CAPM");
    expect(row.educationHoursRequired).toBe(25);
    expect(JSON.parse(row.renewalRule!)).toEqual({ cycleYears: 3, total: 20, minEducation: 5, maxGivingBack: 10, minPerTriangleArea: 0 });
    expect(row.rulesEditedAt).toBeInstanceOf(Date);

    const [event, ...more] = await testDb.auditEvent.findMany({ where: { action: "target.rules-saved", actorId: admin.id } });
    expect(more).toEqual([]);
    expect(event).toMatchObject({ actorEmail: admin.email, subjectType: "certification-target", ip: expect.stringMatching(/^10\.9\./) });
    expect(JSON.parse(event!.detail)).toMatchObject({ target: "CAPM", educationHours: 25, previousEducationHours: 23 });

    // The cached targets were dropped on save: the learner's ledger uses the new rule.
    actAs(learner);
    const held = (await getPduLedger()).held[0]!;
    expect(held.rule).toMatchObject({ total: 20 });
    expect(held.status!.shortfalls).toContain("20 more PDUs to reach 20.");
  });

  it("takes a target's PDU renewal away when unticked, and clears its education requirement when left empty", async () => {
    await signInAs("admin");
    expect(await saveTargetRulesAction(idle, form({ targetCode: "CAPM", educationHours: "" }))).toMatchObject({ status: "success" });
    expect(await targetRow("CAPM")).toMatchObject({ educationHoursRequired: null, renewalRule: null });
    await signInAs("learner");
    expect((await addHeldAction(idle, form({ targetCode: "CAPM", earnedOn: inDays(-10) }))).fieldErrors?.targetCode).toBe("CAPM has no PDU renewal cycle here.");
  });

  it.each(["learner", "instructor", "hr"] as const)("is refused to %s (403), changing nothing", async (role) => {
    await signInAs(role);
    const before = await targetRow("PMP");
    const events = await testDb.auditEvent.count({ where: { action: "target.rules-saved" } });
    await expectInterrupt(saveTargetRulesAction(idle, form({ targetCode: "PMP", educationHours: "1", ...pmpRule, total: "1", minEducation: "0", minPerTriangleArea: "0", maxGivingBack: "0" })), FORBIDDEN);
    expect(await targetRow("PMP")).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { action: "target.rules-saved" } })).toBe(events);
  });

  it("sends a signed-out caller to sign in", async () => {
    actAs(null);
    await expectInterrupt(saveTargetRulesAction(idle, form({ targetCode: "PMP", educationHours: "1" })), TO_SIGN_IN);
  });

  it("keeps a cap on working as a practitioner when one is given", async () => {
    await signInAs("admin");
    expect(await saveTargetRulesAction(idle, form({ targetCode: "PMP", educationHours: "35", ...pmpRule, maxPractitioner: "6" }))).toMatchObject({ status: "success" });
    expect(JSON.parse((await targetRow("PMP")).renewalRule!)).toEqual({ cycleYears: 3, total: 60, minEducation: 35, maxGivingBack: 25, maxPractitioner: 6, minPerTriangleArea: 8 });
  });

  it.each([
    [{ targetCode: "NOPE" }, "targetCode", "Choose a certification."],
    [{ targetCode: "" }, "targetCode", "Choose a certification."],
    [{ educationHours: "lots" }, "educationHours", "Enter the hours as a number."],
    [{ educationHours: "0" }, "educationHours", "Require at least 1 hour, or leave it empty."],
    [{ cycleYears: "" }, "cycleYears", "Enter the cycle in years."],
    [{ cycleYears: "2.5" }, "cycleYears", "Enter the cycle in whole years."],
    [{ total: "0" }, "total", "Require at least 1 PDU."],
    [{ minEducation: "61" }, "minEducation", "The Education minimum can't exceed the PDUs required."],
    [{ maxGivingBack: "-1" }, "maxGivingBack", "The Giving Back cap can't be negative."],
    [{ maxPractitioner: "26" }, "maxPractitioner", "Working as a practitioner is part of Giving Back: its cap can't exceed the Giving Back cap."],
    [{ maxPractitioner: "-2" }, "maxPractitioner", "The cap on working as a practitioner can't be negative."],
    [{ minPerTriangleArea: "21" }, "minPerTriangleArea", "Three areas at this minimum would exceed the PDUs required."],
    [{ total: "9".repeat(40) }, "total", "Enter a number."],
  ])("refuses bad input %#, changing nothing", async (values, field, message) => {
    const admin = await signInAs("admin");
    const before = await targetRow("PMP");
    const state = await saveTargetRulesAction(idle, form({ targetCode: "PMP", educationHours: "35", ...pmpRule, ...values }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.[field as "total"]).toBe(message);
    expect(await targetRow("PMP")).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { action: "target.rules-saved", actorId: admin.id } })).toBe(0);
  });
});

describe("a sixth certification target", () => {
  it("is a row, not code: the admin list, exam options, validation, dashboard and PDU ledger all take it", async () => {
    // What the seed does with a new entry in prisma/content/targets.yaml.
    const opex = await testDb.certificationTarget.create({
      data: {
        code: "OPEX",
        name: "Operational Excellence Practitioner",
        description: "A sixth target.",
        position: 5,
        domains: JSON.stringify(["flow", "quality"]),
        educationHoursRequired: 12,
        renewalRule: JSON.stringify({ cycleYears: 2, total: 30, minEducation: 10, maxGivingBack: 10, minPerTriangleArea: 0 }),
      },
    });
    await testDb.blueprint.create({
      data: {
        targetId: opex.id,
        name: "OPEX outline",
        effectiveFrom: new Date("2020-01-01T00:00:00Z"),
        questionCount: 20,
        scoredCount: 20,
        minutes: 30,
        passingPercent: 70,
        domains: JSON.stringify([{ code: "flow", name: "Flow", weight: 0.5 }, { code: "quality", name: "Quality", weight: 0.5 }]),
      },
    });
    // Borrow shipped questions so there is something to draw.
    const borrowed = await testDb.questionVersion.findMany({ where: { question: { target: { code: "LEAN" }, retired: false }, version: 1 }, take: 6 });
    for (const [i, v] of borrowed.entries()) {
      await testDb.question.create({
        data: {
          key: `opex-${i}`,
          targetId: opex.id,
          domain: i % 2 ? "flow" : "quality",
          difficulty: 2,
          tags: "",
          versions: { create: { version: 1, type: v.type, stem: v.stem, explanation: v.explanation, payload: v.payload, contentHash: v.contentHash } },
        },
      });
    }
    // The app reads targets once and keeps them; a new row arrives with the seed, before a (re)start.
    forgetTargets();

    await signInAs("admin");
    expect((await listTargetsForAdmin()).map((t) => t.code)).toEqual(["PMP", "CAPM", "LSSGB", "LEAN", "EI", "OPEX"]);

    await signInAs("learner");
    expect((await getDashboard()).available.map((t) => t.code)).toContain("OPEX");
    expect((await listExamOptions()).map((o) => o.code)).toContain("OPEX");
    expect(await setTargetAction(idle, form({ targetCode: "OPEX", examDate: inDays(60) }))).toMatchObject({ status: "success" });
    await expectInterrupt(startExamAction(idle, form({ targetCode: "OPEX", mode: "short" })), /NEXT_REDIRECT;.*\/exams\/\w+/);

    const [card] = (await getDashboard()).cards;
    expect(card).toMatchObject({ code: "OPEX", name: "Operational Excellence Practitioner", blueprint: { name: "OPEX outline" }, hours: { required: 12 } });
    expect(card!.readiness.domains.map((d) => d.code)).toEqual(["flow", "quality"]);

    expect(await addHeldAction(idle, form({ targetCode: "OPEX", earnedOn: inDays(-30) }))).toMatchObject({ status: "success" });
    const held = (await getPduLedger()).held.find((h) => h.code === "OPEX")!;
    expect(held.status!.cycleEnd.getUTCFullYear() - held.earnedOn.getUTCFullYear()).toBe(2);
    expect(held.status!.shortfalls[0]).toBe("30 more PDUs to reach 30.");
  });
});
