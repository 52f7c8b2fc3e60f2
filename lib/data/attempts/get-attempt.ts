import "server-only";
import { buildAttemptView, readsAsFinished, type AttemptView } from "@/lib/assessment/attempt-view";
import { db } from "@/lib/db";
import { blueprintInForce } from "../blueprints/list-blueprints";
import { requireViewer } from "../viewer";

/**
 * One of the viewer's attempts; the key is included only where it may be
 * shown. Reading writes nothing: an attempt out of time reads as finished.
 */
export async function getAttempt(attemptId: string, now = new Date()): Promise<AttemptView | null> {
  const viewer = await requireViewer();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: {
      id: true,
      mode: true,
      format: true,
      status: true,
      domain: true,
      startedAt: true,
      deadlineAt: true,
      breakStartedAt: true,
      breakMinutes: true,
      section: true,
      sectionBreaks: true,
      submittedAt: true,
      expired: true,
      score: true,
      maxScore: true,
      percent: true,
      passed: true,
      passingPercent: true,
      targetId: true,
      target: { select: { code: true, name: true } },
      module: { select: { title: true, course: { select: { slug: true, title: true } } } },
      items: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          section: true,
          domain: true,
          response: true,
          flagged: true,
          answeredAt: true,
          timeSpentMs: true,
          credit: true,
          correct: true,
          questionVersion: { select: { type: true, stem: true, explanation: true, payload: true } },
        },
      },
    },
  });
  if (!attempt) return null;
  // Results name the domains as the blueprint the attempt was taken under does
  // (any format's, when its own is no longer shipped: the formats name domains alike).
  const targetId = attempt.targetId && readsAsFinished(attempt, now) ? attempt.targetId : null;
  const blueprint = targetId ? ((await blueprintInForce(targetId, attempt.startedAt, attempt.format)) ?? (await blueprintInForce(targetId, attempt.startedAt))) : null;
  return buildAttemptView(attempt, new Map((blueprint?.domains ?? []).map((d) => [d.code, d.name])), now);
}
