import { describe, expect, it, vi } from "vitest";
import { testDb } from "@/test/helpers";
import { cohortWithAnswers } from "@/test/hr-cohort";
import { actAs } from "@/test/session";
import * as report from "@/lib/hr/cohort-report";
import { getCohortDashboard } from "./get-cohort-dashboard";
import * as facts from "./load-member-facts";

vi.mock("@/lib/hr/cohort-report", async (original) => {
  const actual = await original<typeof import("@/lib/hr/cohort-report")>();
  return { ...actual, currentReadiness: vi.fn(actual.currentReadiness) };
});
vi.mock("./load-member-facts", async (original) => {
  const actual = await original<typeof import("./load-member-facts")>();
  return { ...actual, loadMemberEvidence: vi.fn(actual.loadMemberEvidence) };
});

const DAY = 86_400_000;
const evidenceReads = vi.mocked(facts.loadMemberEvidence);
const currentFits = vi.mocked(report.currentReadiness);

async function setUp() {
  const now = new Date();
  const { hr, people, cohort, questions, targetId } = await cohortWithAnswers(6, now);
  actAs(hr);
  const view = (on = now) => getCohortDashboard({ cohort: cohort.id }, on).then((d) => d!);
  const first = await view();
  evidenceReads.mockClear();
  currentFits.mockClear();
  /** Every row's model is what a fresh fit of the member's evidence gives, nothing memoised. */
  const expectFresh = async (rows: report.MemberRow[], on = now) => {
    const evidence = await facts.loadMemberEvidence({ organisationId: first.organisation.id, cohortId: cohort.id }, targetId);
    for (const row of rows) {
      const { cells, overall, examPass } = report.memberModel(evidence.get(row.id) ?? [], first.exam!, on);
      expect({ cells: row.cells, overall: row.overall, examPass: row.examPass }).toEqual({ cells, overall, examPass });
    }
  };
  return { now, people, questions, view, first, expectFresh };
}

describe("the cohort's member models, memoised by each member's answers", () => {
  it("reads no evidence and fits nothing when no one has answered since", async () => {
    const { view, first } = await setUp();
    const again = await view();
    expect(evidenceReads).not.toHaveBeenCalled();
    expect(currentFits).not.toHaveBeenCalled();
    expect(again.rows).toEqual(first.rows);
    expect(again.trend).toEqual(first.trend);
  });

  it("reads and refits only the member with a new answer, as a fresh fit would", async () => {
    const { now, people, questions, view, expectFresh } = await setUp();
    const person = people[2]!;
    const attempt = await testDb.attempt.create({ data: { userId: person.id, mode: "quiz", status: "submitted" }, select: { id: true } });
    const q = questions[0]!;
    await testDb.attemptItem.create({
      data: { attemptId: attempt.id, position: 0, questionId: q.id, questionVersionId: q.versions[0]!.id, domain: q.domain, credit: 0, correct: false, answeredAt: new Date(now.getTime() - DAY / 2) },
    });
    const after = await view();
    expect(evidenceReads).toHaveBeenCalledTimes(1);
    expect(evidenceReads.mock.calls[0]![0].userIds).toEqual([person.id]);
    expect(currentFits).toHaveBeenCalledTimes(1);
    await expectFresh(after.rows);
  });

  it("refits a member whose answer was graded again, with the same count and latest answer", async () => {
    const { people, view } = await setUp();
    const item = await testDb.attemptItem.findFirstOrThrow({ where: { attempt: { userId: people[4]!.id }, credit: 0 }, select: { id: true } });
    await testDb.attemptItem.update({ where: { id: item.id }, data: { credit: 1, correct: true } });
    await view();
    expect(evidenceReads.mock.calls.map((c) => c[0].userIds)).toEqual([[people[4]!.id]]);
    expect(currentFits).toHaveBeenCalledTimes(1);
  });

  it("refits everyone after an edit of the exam's questions moves a difficulty", async () => {
    const { people, questions, view, expectFresh } = await setUp();
    const q = await testDb.question.findUniqueOrThrow({ where: { id: questions[1]!.id }, select: { difficulty: true } });
    await testDb.question.update({ where: { id: questions[1]!.id }, data: { difficulty: q.difficulty === 5 ? 1 : 5, studioEditedAt: new Date() } });
    const after = await view();
    expect(evidenceReads).toHaveBeenCalledTimes(1);
    expect(currentFits).toHaveBeenCalledTimes(people.length);
    await expectFresh(after.rows);
  });

  it("refits everyone's readiness on a new day from the evidence kept, reading none", async () => {
    const { now, people, view, expectFresh } = await setUp();
    const tomorrow = new Date(now.getTime() + DAY);
    const next = await view(tomorrow);
    expect(evidenceReads).not.toHaveBeenCalled();
    expect(currentFits).toHaveBeenCalledTimes(people.length);
    await expectFresh(next.rows, tomorrow);
  });
});
