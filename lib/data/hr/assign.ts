import "server-only";
import { db } from "@/lib/db";
import { findTarget } from "@/lib/data/targets/list-targets";
import { fail, type Result } from "@/lib/data/result";
import type { AssignmentFields } from "@/lib/validation/hr";
import { hrOrganisation, NO_ORGANISATION } from "./hr-organisation";

/** Gives a cohort a certification target with its exam date, or a course with its due date. */
export async function assign(input: {
  cohortId: string;
  kind: "target" | "course";
  targetCode?: string;
  courseSlug?: string;
  dueDate: Date;
}): Promise<Result<{ what: string }, AssignmentFields>> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return fail(NO_ORGANISATION, "cohortId");
  const cohort = await db.cohort.findFirst({ where: { id: input.cohortId, organisationId: organisation.id }, select: { id: true } });
  if (!cohort) return fail("Choose a cohort of your organisation.", "cohortId");
  if (input.kind === "target") {
    const target = await findTarget(input.targetCode ?? "");
    if (!target) return fail("Choose a certification.", "targetCode");
    const existing = await db.assignment.findFirst({ where: { cohortId: cohort.id, targetId: target.id }, select: { id: true } });
    if (existing) await db.assignment.update({ where: { id: existing.id }, data: { dueDate: input.dueDate } });
    else await db.assignment.create({ data: { cohortId: cohort.id, targetId: target.id, dueDate: input.dueDate } });
    return { ok: true, what: target.name };
  }
  const course = await db.course.findFirst({ where: { slug: input.courseSlug ?? "", published: true }, select: { id: true, title: true } });
  if (!course) return fail("Choose a course.", "courseSlug");
  const existing = await db.assignment.findFirst({ where: { cohortId: cohort.id, courseId: course.id }, select: { id: true } });
  if (existing) await db.assignment.update({ where: { id: existing.id }, data: { dueDate: input.dueDate } });
  else await db.assignment.create({ data: { cohortId: cohort.id, courseId: course.id, dueDate: input.dueDate } });
  return { ok: true, what: course.title };
}
