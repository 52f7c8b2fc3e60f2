import { describe, expect, it, vi } from "vitest";
import { createUser, testDb } from "@/test/helpers";
import { actAs } from "@/test/session";
import * as report from "@/lib/hr/cohort-report";
import { getCohortDashboard } from "./get-cohort-dashboard";
import { warmMemberModels } from "./warm-member-models";

vi.mock("@/lib/hr/cohort-report", async (original) => {
  const actual = await original<typeof import("@/lib/hr/cohort-report")>();
  return { ...actual, currentReadiness: vi.fn(actual.currentReadiness), examPass: vi.fn(actual.examPass), readinessAt: vi.fn(actual.readinessAt) };
});

const DAY = 86_400_000;

describe("warming the member models", () => {
  it("fits every member of a cohort with an exam, so the next view of the dashboard fits none", async () => {
    const now = new Date();
    const hr = await createUser("hr");
    const people = await Promise.all(Array.from({ length: 12 }, () => createUser("learner")));
    const organisation = await testDb.organisation.create({ data: { name: "Warmed" }, select: { id: true } });
    await testDb.organisationMember.createMany({
      data: [{ userId: hr.id, organisationId: organisation.id, kind: "hr" }, ...people.map((p) => ({ userId: p.id, organisationId: organisation.id, kind: "member" }))],
    });
    const cohort = await testDb.cohort.create({ data: { organisationId: organisation.id, name: "Wave" }, select: { id: true } });
    await testDb.cohortMember.createMany({ data: people.map((p) => ({ cohortId: cohort.id, userId: p.id })) });
    const pmp = await testDb.certificationTarget.findFirstOrThrow({ where: { code: "PMP" }, select: { id: true } });
    await testDb.assignment.create({ data: { cohortId: cohort.id, targetId: pmp.id, dueDate: new Date(now.getTime() + 60 * DAY) } });
    const questions = await testDb.question.findMany({ where: { targetId: pmp.id }, take: 30, select: { id: true, domain: true, versions: { take: 1, select: { id: true } } } });
    for (const [p, person] of people.entries()) {
      const attempt = await testDb.attempt.create({ data: { userId: person.id, mode: "quiz", status: "submitted" }, select: { id: true } });
      await testDb.attemptItem.createMany({
        data: questions.map((q, i) => ({
          attemptId: attempt.id,
          position: i,
          questionId: q.id,
          questionVersionId: q.versions[0]!.id,
          domain: q.domain,
          credit: (i + p) % 3 ? 1 : 0,
          correct: (i + p) % 3 > 0,
          answeredAt: new Date(now.getTime() - ((i % 6) * 7 + 1) * DAY),
          timeSpentMs: 30_000,
        })),
      });
    }

    expect(await warmMemberModels(now)).toBeGreaterThanOrEqual(people.length);
    const fits = [report.currentReadiness, report.examPass, report.readinessAt].map((f) => vi.mocked(f));
    for (const fit of fits) fit.mockClear();
    actAs(hr);
    const dashboard = (await getCohortDashboard({ cohort: cohort.id }, now))!;
    expect(dashboard.rows).toHaveLength(people.length);
    for (const fit of fits) expect(fit).not.toHaveBeenCalled();
    expect(dashboard.rows.every((r) => r.examPass !== null && r.cells.some((c) => c.probability !== null))).toBe(true);
  });
});
