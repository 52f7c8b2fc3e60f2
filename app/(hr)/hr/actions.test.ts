import { beforeEach, describe, expect, it } from "vitest";
import { createUser, expectInterrupt, FORBIDDEN, form, signInAs, testDb } from "@/test/helpers";
import { actAs } from "@/test/session";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { getCohortDashboard } from "@/lib/data/hr/get-cohort-dashboard";
import { getMemberProgress } from "@/lib/data/hr/get-member-progress";
import { listMyOrganisation } from "@/lib/data/organisations/list-my-organisation";
import { fitCalibration, type Outcome } from "@/lib/readiness/calibration";
import { estimateReadiness, passProbability, type Evidence } from "@/lib/readiness/model";
import { acceptInviteAction, joinByLinkAction, leaveOrganisationAction } from "@/app/(learner)/organisation-actions";
import { GET as exportCsv } from "./export/route";
import {
  addCohortMembersAction,
  assignAction,
  createCohortAction,
  createInviteLinkAction,
  createOrganisationAction,
  inviteAction,
  removeAssignmentAction,
  revokeInviteLinkAction,
  setReportingAction,
} from "./actions";

const idle = { status: "idle" } as const;
const DAY = 86_400_000;
const inDays = (d: number) => new Date(Date.now() + d * DAY).toISOString().slice(0, 10);

type Person = Awaited<ReturnType<typeof createUser>>;

/** A learner with a name of the test's choosing (createUser's own emails collide when it is given names in the same millisecond). */
const learnerNamed = (name: string): Promise<Person> =>
  testDb.user.create({
    data: { name, email: `${name.toLowerCase().replace(/\W/g, "")}-${Math.random().toString(36).slice(2)}@test.example`, role: "learner" },
    select: { id: true, name: true, email: true, role: true },
  });

/** An organisation with its HR person, made as an admin would. */
async function organisation(name: string) {
  const hr = await createUser("hr");
  const admin = await createUser("admin");
  actAs(admin);
  expect(await createOrganisationAction(idle, form({ name, hrEmail: hr.email }))).toMatchObject({ status: "success" });
  const org = await testDb.organisation.findFirstOrThrow({ where: { members: { some: { userId: hr.id } } }, select: { id: true } });
  return { hr, id: org.id };
}

async function addMembers(organisationId: string, people: Person[]) {
  await testDb.organisationMember.createMany({ data: people.map((p) => ({ userId: p.id, organisationId, kind: "member" })) });
}

async function cohortWith(hr: Person, name: string, people: Person[]) {
  actAs(hr);
  expect(await createCohortAction(idle, form({ name }))).toMatchObject({ status: "success" });
  const cohort = await testDb.cohort.findFirstOrThrow({ where: { name, organisation: { members: { some: { userId: hr.id } } } }, select: { id: true } });
  const data = new FormData();
  data.set("cohortId", cohort.id);
  for (const p of people) data.append("userIds", p.id);
  expect(await addCohortMembersAction(idle, data)).toMatchObject({ status: "success" });
  return cohort.id;
}

describe("inviting people", () => {
  it("imports nothing when one CSV row is bad, and says which row", async () => {
    const { hr, id } = await organisation("Acme");
    actAs(hr);
    const csv = "name,email\nAna,ana@example.com\nBo,not-an-address\nCy,cy@example.com\n";
    const state = await inviteAction(idle, form({ emails: "", csv }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toMatchObject({ "rows.1": 'CSV row 3: "not-an-address" is not an email address.' });
    expect(await testDb.organisationInvite.count({ where: { organisationId: id } })).toBe(0);

    expect(await inviteAction(idle, form({ emails: "dee@example.com", csv: csv.replace("not-an-address", "bo@example.com") }))).toMatchObject({
      status: "success",
      message: "4 people invited. They join when they accept.",
    });
    expect(await testDb.organisationInvite.count({ where: { organisationId: id } })).toBe(4);
  });

  it("lets the invited learner accept, belong to one organisation only, and leave", async () => {
    const a = await organisation("Org A");
    const b = await organisation("Org B");
    const learner = await createUser("learner");
    for (const org of [a, b]) {
      actAs(org.hr);
      expect(await inviteAction(idle, form({ emails: learner.email }))).toMatchObject({ status: "success" });
    }
    actAs(learner);
    const invitations = (await listMyOrganisation()).invitations;
    expect(invitations.map((i) => i.organisation).sort()).toEqual(["Org A", "Org B"]);
    const fromA = invitations.find((i) => i.organisation === "Org A")!;
    const fromB = invitations.find((i) => i.organisation === "Org B")!;
    expect(await acceptInviteAction(idle, form({ inviteId: fromA.id }))).toMatchObject({ status: "success", message: "You joined Org A." });
    expect(await acceptInviteAction(idle, form({ inviteId: fromB.id }))).toMatchObject({ status: "error", message: "You already belong to an organisation: leave it first." });
    expect(await leaveOrganisationAction(idle, form({}))).toMatchObject({ status: "success" });
    expect(await testDb.organisationMember.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("refuses an invitation meant for another address", async () => {
    const a = await organisation("Org C");
    const invited = await createUser("learner");
    actAs(a.hr);
    await inviteAction(idle, form({ emails: invited.email }));
    const invite = await testDb.organisationInvite.findFirstOrThrow({ where: { organisationId: a.id }, select: { id: true } });
    await signInAs("learner");
    expect(await acceptInviteAction(idle, form({ inviteId: invite.id }))).toMatchObject({ status: "error", message: "That invitation is no longer open." });
  });

  it("lets learners join by link until it expires or is revoked", async () => {
    const a = await organisation("Linked");
    actAs(a.hr);
    expect(await createInviteLinkAction(idle, form({ days: "7" }))).toMatchObject({ status: "success" });
    const link = await testDb.inviteLink.findFirstOrThrow({ where: { organisationId: a.id }, select: { id: true, token: true } });
    await signInAs("learner");
    expect(await joinByLinkAction(idle, form({ token: link.token }))).toMatchObject({ status: "success", message: "You joined Linked." });

    actAs(a.hr);
    expect(await revokeInviteLinkAction(idle, form({ linkId: link.id }))).toMatchObject({ status: "success" });
    await signInAs("learner");
    expect(await joinByLinkAction(idle, form({ token: link.token }))).toMatchObject({ status: "error" });

    const expired = await testDb.inviteLink.create({ data: { organisationId: a.id, token: "expired-token-0123456789", expiresAt: new Date(Date.now() - 1000) } });
    expect(await joinByLinkAction(idle, form({ token: expired.token }))).toMatchObject({ status: "error" });
    expect(await testDb.organisationMember.count({ where: { organisationId: a.id, kind: "member" } })).toBe(1);
  });
});

describe("organisation scoping: HR of another organisation may not", () => {
  let a: Awaited<ReturnType<typeof organisation>>;
  let b: Awaited<ReturnType<typeof organisation>>;
  let member: Person;
  let cohortA: string;
  beforeEach(async () => {
    a = await organisation("Scoped A");
    b = await organisation("Scoped B");
    member = await learnerNamed("Member Of A");
    await addMembers(a.id, [member]);
    cohortA = await cohortWith(a.hr, "A wave", [member]);
    expect(await assignAction(idle, form({ cohortId: cohortA, kind: "target", targetCode: "PMP", dueDate: inDays(60) }))).toMatchObject({ status: "success" });
  });

  it("see A's cohorts, members or member pages", async () => {
    actAs(b.hr);
    const dashboard = await getCohortDashboard({ cohort: cohortA });
    expect(dashboard?.cohorts).toEqual([]);
    expect(dashboard?.cohort).toBeNull();
    expect(await getMemberProgress(member.id, cohortA)).toBeNull();
  });

  it("export A's cohort", async () => {
    actAs(b.hr);
    const response = await exportCsv(new Request(`http://localhost/hr/export?cohort=${cohortA}`), { params: Promise.resolve({}) });
    expect(response.status).toBe(404);
  });

  it("add A's member to its own cohort, or assign to or change A's cohort by direct POST", async () => {
    const cohortB = await cohortWith(b.hr, "B wave", []).catch(() => null);
    const ownCohort = cohortB ?? (await testDb.cohort.findFirstOrThrow({ where: { organisationId: b.id }, select: { id: true } })).id;
    actAs(b.hr);
    const data = new FormData();
    data.set("cohortId", ownCohort);
    data.append("userIds", member.id);
    expect(await addCohortMembersAction(idle, data)).toMatchObject({ status: "error", fieldErrors: { userIds: "Choose members of your organisation." } });
    expect(await assignAction(idle, form({ cohortId: cohortA, kind: "course", courseSlug: "lean-fundamentals", dueDate: inDays(30) }))).toMatchObject({
      status: "error",
      fieldErrors: { cohortId: "Choose a cohort of your organisation." },
    });
    const assignment = await testDb.assignment.findFirstOrThrow({ where: { cohortId: cohortA }, select: { id: true } });
    expect(await removeAssignmentAction(idle, form({ assignmentId: assignment.id }))).toMatchObject({ status: "error" });
    expect(await testDb.assignment.count({ where: { cohortId: cohortA } })).toBe(1);
    expect(await testDb.cohortMember.count({ where: { userId: member.id } })).toBe(1);
  });

  it("is refused to learners and instructors outright", async () => {
    for (const role of ["learner", "instructor"] as const) {
      await signInAs(role);
      await expectInterrupt(getCohortDashboard({}), FORBIDDEN);
      await expectInterrupt(assignAction(idle, form({ cohortId: cohortA, kind: "target", targetCode: "PMP", dueDate: inDays(60) })), FORBIDDEN);
    }
  });

  it("the member sees the assignment at home with days left, and the target on their dashboard", async () => {
    actAs(member);
    const mine = await listMyOrganisation();
    expect(mine.membership).toEqual({ name: "Scoped A", kind: "member" });
    expect(mine.assignments).toMatchObject([{ title: expect.stringContaining("PMP"), kind: "target", daysLeft: 60 }]);
    const course = await testDb.course.findFirstOrThrow({ where: { published: true }, select: { id: true, title: true, lessons: { select: { id: true } } } });
    await testDb.assignment.create({ data: { cohortId: cohortA, courseId: course.id, dueDate: new Date(Date.now() - 2 * DAY) } });
    expect((await listMyOrganisation()).assignments[0]).toMatchObject({ title: course.title, daysLeft: -2, complete: false });
    await testDb.lessonCompletion.createMany({ data: course.lessons.map((l) => ({ userId: member.id, lessonId: l.id })) });
    expect((await listMyOrganisation()).assignments[0]).toMatchObject({ title: course.title, complete: true });
    const cards = (await getDashboard()).cards;
    expect(cards.map((c) => ({ code: c.code, by: c.assignedBy, chosen: c.chosen }))).toEqual([{ code: "PMP", by: "Scoped A", chosen: false }]);
  });
});

describe("the cohort aggregation", () => {
  const now = new Date();
  /** Answers given at one instant per day, so the SQL grouping by day loses nothing. */
  async function study(userId: string, answers: { domain: string; right: number; wrong: number; daysAgo: number }[]) {
    const evidence: Evidence[] = [];
    const attempt = await testDb.attempt.create({ data: { userId, mode: "quiz", status: "submitted" }, select: { id: true } });
    let position = 0;
    for (const a of answers) {
      const questions = await testDb.question.findMany({
        where: { target: { code: "PMP" }, domain: a.domain, difficulty: 3 },
        take: a.right + a.wrong,
        select: { id: true, versions: { take: 1, select: { id: true } } },
      });
      const at = new Date(now.getTime() - a.daysAgo * DAY);
      await testDb.attemptItem.createMany({
        data: questions.map((q, i) => ({
          attemptId: attempt.id,
          position: position++,
          questionId: q.id,
          questionVersionId: q.versions[0]!.id,
          domain: a.domain,
          credit: i < a.right ? 1 : 0,
          correct: i < a.right,
          answeredAt: at,
          timeSpentMs: 60_000,
        })),
      });
      evidence.push(...questions.map((_, i) => ({ domain: a.domain, credit: i < a.right ? 1 : 0, difficulty: 3, at })));
    }
    return evidence;
  }

  it("matches the learner dashboard's model member by member, with hours, last study, courses and risk", async () => {
    const { hr, id } = await organisation("Counted");
    const people = await Promise.all(["Ann", "Ben", "Cat", "Dan", "Eve", "Fay"].map(learnerNamed));
    await addMembers(id, people);
    const cohort = await cohortWith(hr, "Counted wave", people);
    actAs(hr);
    await assignAction(idle, form({ cohortId: cohort, kind: "target", targetCode: "PMP", dueDate: inDays(45) }));
    const course = await testDb.course.findFirstOrThrow({ where: { published: true }, orderBy: { order: "asc" }, select: { slug: true, id: true, lessons: { select: { id: true, minutes: true } } } });
    await assignAction(idle, form({ cohortId: cohort, kind: "course", courseSlug: course.slug, dueDate: inDays(10) }));

    const plan = [
      [{ domain: "people", right: 9, wrong: 1, daysAgo: 2 }, { domain: "process", right: 8, wrong: 2, daysAgo: 3 }, { domain: "business-environment", right: 7, wrong: 3, daysAgo: 3 }],
      [{ domain: "people", right: 3, wrong: 7, daysAgo: 20 }, { domain: "process", right: 2, wrong: 8, daysAgo: 20 }, { domain: "business-environment", right: 4, wrong: 6, daysAgo: 20 }],
      [{ domain: "people", right: 2, wrong: 0, daysAgo: 1 }],
      [], [], [],
    ];
    const evidence = await Promise.all(people.map((p, i) => study(p.id, plan[i]!)));
    // Ann finished two lessons of the assigned course.
    await testDb.lessonCompletion.createMany({ data: course.lessons.slice(0, 2).map((l) => ({ userId: people[0]!.id, lessonId: l.id, completedAt: new Date(now.getTime() - DAY) })) });

    const dashboard = (await getCohortDashboard({ cohort, sort: "name" }, now))!;
    expect(dashboard.rows.map((r) => r.name)).toEqual(["Ann", "Ben", "Cat", "Dan", "Eve", "Fay"]);
    const domains = dashboard.exam!.domains;
    dashboard.rows.forEach((row, i) => {
      const expected = estimateReadiness(evidence[i]!, domains, now);
      row.cells.forEach((cell, d) => {
        const e = expected.domains[d]!;
        if (e.enough) expect(cell.probability).toBeCloseTo(e.probability, 10);
        else expect(cell.probability).toBeNull();
      });
    });
    const [ann, ben, cat, dan] = dashboard.rows;
    const lessonMinutes = course.lessons.slice(0, 2).reduce((s, l) => s + l.minutes, 0);
    expect(ann!.hours).toBe(Math.round((30 / 60 + lessonMinutes / 60) * 10) / 10);
    expect(ann!.courses[0]!.percent).toBeCloseTo(2 / course.lessons.length, 10);
    expect(ann!.risks).toEqual([]);
    expect(ben!.risks.map((r) => r.code)).toEqual(["pass-probability", "inactive"]);
    expect(cat!.overall).toBeNull();
    expect(dan!.risks).toEqual([{ code: "inactive", days: null }]);
    expect(dashboard.summary).toMatchObject({ members: 6, atRisk: 5, overdue: 0 });

    const atRisk = (await getCohortDashboard({ cohort, filter: "at-risk", sort: "readiness", dir: "desc" }, now))!;
    expect(atRisk.rows.map((r) => r.name)).toEqual(["Ben", "Cat", "Dan", "Eve", "Fay"]);
  });

  it("gives pass chances with the target's calibration in force, as the learner's own dashboard does, and says so", async () => {
    const { hr, id } = await organisation("Calibrated");
    const people = await Promise.all(["Gil", "Hal"].map(learnerNamed));
    await addMembers(id, people);
    const cohort = await cohortWith(hr, "Calibrated wave", people);
    actAs(hr);
    await assignAction(idle, form({ cohortId: cohort, kind: "target", targetCode: "PMP", dueDate: inDays(30) }));
    const evidence = await Promise.all(
      people.map((p) => study(p.id, ["people", "process", "business-environment"].map((domain) => ({ domain, right: 8, wrong: 2, daysAgo: 2 })))),
    );
    const uncalibrated = (await getCohortDashboard({ cohort, sort: "name" }, now))!;
    expect(uncalibrated.calibratedOn).toBeNull();

    // Forty reported results in which strong practice mostly failed: a calibration that pulls pass chances down.
    const exam = uncalibrated.exam!;
    const outcomes: Outcome[] = Array.from({ length: 40 }, (_, i) => ({ evidence: evidence[i % 2]!, domains: exam.domains, examDate: now, exam, passed: i % 8 === 0 }));
    const calibration = fitCalibration(outcomes);
    const pmp = await testDb.certificationTarget.findUniqueOrThrow({ where: { code: "PMP" }, select: { id: true } });
    await testDb.targetCalibration.create({ data: { targetId: pmp.id, calibration: JSON.stringify(calibration), outcomes: 40, fittedAt: now } });
    try {
      const calibrated = (await getCohortDashboard({ cohort, sort: "name" }, now))!;
      expect(calibrated.calibratedOn).toBe(40);
      calibrated.rows.forEach((row, i) => {
        const atExam = estimateReadiness(evidence[i]!, exam.domains, exam.examDate, { calibration });
        expect(row.examPass).toBeCloseTo(passProbability(atExam, exam, calibration), 10);
        expect(row.examPass!).toBeLessThan(uncalibrated.rows[i]!.examPass!);
      });
      const member = (await getMemberProgress(people[0]!.id, cohort, now))!;
      expect(member.row!.examPass).toBeCloseTo(calibrated.rows[0]!.examPass!, 10);
    } finally {
      await testDb.targetCalibration.delete({ where: { targetId: pmp.id } });
    }
  });

  it("in aggregate-only mode shows no names and suppresses every group under 5, export included", async () => {
    const { hr, id } = await organisation("Private");
    const people = await Promise.all(Array.from({ length: 7 }, (_, i) => learnerNamed(`Private ${i}`)));
    await addMembers(id, people);
    const cohort = await cohortWith(hr, "Private wave", people);
    actAs(hr);
    await assignAction(idle, form({ cohortId: cohort, kind: "target", targetCode: "PMP", dueDate: inDays(45) }));
    await study(people[0]!.id, [{ domain: "people", right: 9, wrong: 1, daysAgo: 2 }]);
    expect(await setReportingAction(idle, form({ aggregateOnly: "on" }))).toMatchObject({ status: "success" });

    const dashboard = (await getCohortDashboard({ cohort }, now))!;
    expect(dashboard.rows).toEqual([]);
    const people0 = dashboard.aggregate!.domains[0]!;
    // 6 without enough evidence and 1 in a band: the 1 is suppressed, and the 6 hidden so 7 - 6 can't reveal it.
    expect(people0.bands.map((b) => b.kind)).toEqual(["hidden", "fewer-than-5", "fewer-than-5", "fewer-than-5"]);
    expect(dashboard.aggregate!.members).toEqual({ kind: "count", value: 7 });
    expect(await getMemberProgress(people[0]!.id, cohort)).toBeNull();

    const csv = await (await exportCsv(new Request(`http://localhost/hr/export?cohort=${cohort}`), { params: Promise.resolve({}) })).text();
    for (const p of people) expect(csv).not.toContain(p.name);
    expect(csv).toContain("fewer than 5");
  });
});
