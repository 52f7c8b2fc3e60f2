import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/helpers";
import { actAs } from "@/test/session";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { getCohortDashboard } from "@/lib/data/hr/get-cohort-dashboard";
import { getExamDayRetention } from "@/lib/data/review/get-exam-day-retention";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { ensureDemoOrganisation } from "./demo-organisation";
import { createPrismaClient } from "@/lib/db/create-client";

// The shared test template leaves the demo organisation out (see test/global-setup.ts): this file's copy gets it.
beforeAll(async () => {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  expect((await ensureDemoOrganisation(db)).created).toBe(true);
  await db.$disconnect();
});

const account = async (role: "hr" | "learner") => {
  const email = DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
  return testDb.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true, role: true } });
};

describe("the demo organisation (seeded in demo mode)", () => {
  it("gives the demo HR two full cohorts with a spread of readiness, risk and overdue work", async () => {
    actAs(await account("hr"));
    const dashboard = (await getCohortDashboard({}))!;
    expect(dashboard.cohorts.map((c) => [c.name, c.members])).toEqual([
      ["2027 PMP wave 1", 30],
      ["Green Belt 2027", 30],
    ]);
    const pmp = (await getCohortDashboard({ cohort: dashboard.cohorts[0]!.id }))!;
    expect(pmp.exam?.code).toBe("PMP");
    expect(pmp.rows).toHaveLength(30);
    const ready = pmp.rows.filter((r) => r.overall !== null).length;
    expect(ready).toBeGreaterThan(15);
    expect(ready).toBeLessThan(30);
    expect(pmp.summary!.atRisk).toBeGreaterThan(3);
    expect(pmp.summary!.atRisk).toBeLessThan(27);
    expect(pmp.summary!.overdue).toBeGreaterThan(0);
    expect(pmp.trend.filter((t) => t.median !== null).length).toBeGreaterThan(4);
  });

  it("makes the demo learner a member with a full dashboard of their own", async () => {
    const learner = await account("learner");
    actAs(learner);
    const [card] = (await getDashboard()).cards;
    expect(card).toMatchObject({ code: "PMP", assignedBy: "Northwind Operations" });
    expect(card!.readiness.overall.enough).toBe(true);
  });

  it("gives the demo learner spaced review cards and their recall on exam day per domain", async () => {
    const learner = await account("learner");
    actAs(learner);
    const [pmp] = await getExamDayRetention();
    expect(pmp).toMatchObject({ code: "PMP", retention: 0.9 });
    expect(pmp!.domains.length).toBeGreaterThanOrEqual(3);
    for (const d of pmp!.domains) {
      expect(d.cards).toBeGreaterThan(0);
      expect(d.ifStopped).toBeGreaterThan(0);
      expect(d.planned).toBeGreaterThanOrEqual(d.ifStopped);
      expect(d.planned).toBeLessThanOrEqual(1);
    }
  });

  it("is seeded once: a second run changes nothing", async () => {
    const before = await testDb.attemptItem.count();
    const db = createPrismaClient(process.env.DATABASE_URL!);
    expect(await ensureDemoOrganisation(db)).toEqual({ created: false, rows: 0 });
    await db.$disconnect();
    expect(await testDb.attemptItem.count()).toBe(before);
  });
});
