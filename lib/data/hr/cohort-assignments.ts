import "server-only";
import type { AssignedExam } from "@/lib/hr/cohort-report";
import { blueprintOn } from "@/lib/readiness/blueprint";
import { db } from "@/lib/db";
import { listBlueprints } from "@/lib/data/blueprints/list-blueprints";

const DAY = 86_400_000;

export type AssignedExamView = Omit<AssignedExam, "domains"> & { domains: { code: string; name: string; weight: number }[]; blueprint: string; daysToExam: number };

/** A cohort's assigned exam (the soonest target) and courses, with what the model and completion need of them. */
export async function cohortAssignments(cohortId: string, organisationId: string, now: Date) {
  const assignments = await db.assignment.findMany({
    where: { cohortId, cohort: { organisationId } },
    orderBy: { dueDate: "asc" },
    select: {
      id: true,
      dueDate: true,
      target: { select: { id: true, code: true, name: true } },
      course: { select: { id: true, title: true, _count: { select: { lessons: true } } } },
    },
  });
  const targetAssignment = assignments.find((a) => a.target);
  let exam: AssignedExamView | null = null;
  if (targetAssignment?.target) {
    const blueprints = await listBlueprints([targetAssignment.target.id]);
    const blueprint = blueprintOn(blueprints, targetAssignment.dueDate) ?? blueprintOn(blueprints, now);
    if (blueprint) {
      exam = {
        code: targetAssignment.target.code,
        name: targetAssignment.target.name,
        examDate: targetAssignment.dueDate,
        daysToExam: Math.ceil((targetAssignment.dueDate.getTime() - now.getTime()) / DAY),
        domains: blueprint.domains,
        questions: blueprint.questionCount,
        passingPercent: blueprint.passingPercent,
        blueprint: blueprint.name,
      };
    }
  }
  const courses = assignments.flatMap((a) =>
    a.course ? [{ assignmentId: a.id, courseId: a.course.id, title: a.course.title, totalLessons: a.course._count.lessons, dueDate: a.dueDate }] : [],
  );
  return { exam, targetId: targetAssignment?.target?.id ?? null, courses };
}

