import "server-only";
import { drawItems } from "@/lib/assessment/draw";
import { planExam, sectionOf, type ExamMode } from "@/lib/assessment/exam-plan";
import { db } from "@/lib/db";
import { blueprintInForce } from "../blueprints/list-blueprints";
import { fail, type Result } from "../result";
import { findTarget } from "../targets/list-targets";
import { requireViewer } from "../viewer";
import { createAttempt, openAttemptId } from "./create-attempt";
import { finalizeExpiredAttempts } from "./finalize-attempt";

type StartExamFields = "targetCode" | "format" | "mode" | "domain";

/**
 * Starts a practice exam for a target in one of its formats (its first when
 * none is named), or resumes the same one in progress.
 */
export async function startExam(
  input: { targetCode: string; format?: string; mode: ExamMode; domain?: string },
  now = new Date(),
): Promise<Result<{ attemptId: string }, StartExamFields>> {
  const viewer = await requireViewer();
  // An attempt of the same exam that ran out of time is closed, not resumed.
  await finalizeExpiredAttempts(viewer.id, now);
  const target = await findTarget(input.targetCode);
  if (!target) return fail("Choose a certification.", "targetCode");
  const blueprint = await blueprintInForce(target.id, now, input.format);
  if (!blueprint) return input.format === undefined ? fail("This certification has no exam blueprint yet.", "targetCode") : fail("Choose one of this certification's exam formats.", "format");
  if (input.mode === "drill" && !blueprint.domains.some((d) => d.code === input.domain)) return fail("Choose one of the exam's domains.", "domain");
  const activeKey = `${viewer.id}:exam:${target.code}:${blueprint.format}:${input.mode}:${input.mode === "drill" ? input.domain : ""}`;
  const open = await openAttemptId(activeKey);
  if (open) return { ok: true, attemptId: open };

  const questions = await db.question.findMany({
    // The format's own domains only: a format without one (IASSC has no Overview) never draws its items.
    where: { targetId: target.id, retired: false, domain: input.mode === "drill" ? input.domain : { in: blueprint.domains.map((d) => d.code) } },
    select: { id: true, domain: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
  });
  const seen = await db.attemptItem.groupBy({
    by: ["questionId"],
    // Filtered by the target through the join, not by a list of ids: a bank of
    // a thousand questions is more parameters than SQLite takes in one query.
    where: { attempt: { userId: viewer.id }, questionVersion: { question: { targetId: target.id } } },
    _max: { answeredAt: true },
  });
  const lastSeen = new Map(seen.map((s) => [s.questionId, s._max.answeredAt]));
  const plan = planExam(input.mode, blueprint, questions.length);
  if (plan.questions === 0) return fail("There are no questions for this exam yet.", "targetCode");
  const weights = input.mode === "drill" ? [{ code: input.domain!, weight: 1 }] : blueprint.domains;
  const drawn = drawItems(
    questions.map((q) => ({ id: q.id, domain: q.domain, lastSeenAt: lastSeen.get(q.id) ?? null })),
    weights,
    plan.questions,
    Math.random,
  );
  const versionOf = new Map(questions.map((q) => [q.id, q.versions[0]!.id]));
  const attemptId = await createAttempt({
    userId: viewer.id,
    mode: input.mode,
    format: blueprint.format,
    targetId: target.id,
    domain: input.mode === "drill" ? input.domain : null,
    activeKey,
    startedAt: now,
    deadlineAt: new Date(now.getTime() + plan.minutes * 60_000),
    passingPercent: blueprint.passingPercent,
    sectionBreaks: JSON.stringify(plan.sectionBreaks),
    breakMinutes: plan.sectionBreaks.length ? blueprint.breakMinutes : 0,
    items: {
      create: drawn.map((item, i) => ({
        position: i + 1,
        questionId: item.id,
        questionVersionId: versionOf.get(item.id)!,
        domain: item.domain,
        section: sectionOf(i + 1, plan.sectionBreaks),
      })),
    },
  });
  return { ok: true, attemptId };
}
