import { createUser, testDb } from "./helpers";

const DAY = 86_400_000;

/**
 * An organisation with an HR person and one cohort of `size` learners with PMP
 * assigned in 60 days, each with a submitted quiz of 30 graded answers over
 * the last six weeks: what the HR data layer's tests read.
 */
export async function cohortWithAnswers(size: number, now = new Date()) {
  const hr = await createUser("hr");
  const people = await Promise.all(Array.from({ length: size }, () => createUser("learner")));
  const organisation = await testDb.organisation.create({ data: { name: "Cohort with answers" }, select: { id: true } });
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
  return { hr, people, cohort, questions, targetId: pmp.id };
}
