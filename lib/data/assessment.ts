import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { drawItems } from "@/lib/assessment/draw";
import { effectiveDeadline, FINAL_QUESTIONS, finalRetakeFrom, MODE_TITLES, planExam, QUIZ_PASSING_PERCENT, sectionOf, type ExamMode } from "@/lib/assessment/exam-plan";
import { formatDateTime } from "@/lib/format";
import { gradeResponse } from "@/lib/assessment/grade";
import { presentQuestion, shuffle, type PresentedQuestion } from "@/lib/assessment/present";
import { parseResponse } from "@/lib/assessment/response-schema";
import { ratingFor, reviewCard, type CardState, type Confidence } from "@/lib/assessment/schedule";
import { solutionOf } from "@/lib/assessment/solution";
import type { Feedback, ReviewItem } from "@/lib/assessment/views";

export type { Feedback, ReviewItem };
import { blueprintOn, type Blueprint, type BlueprintDomain } from "@/lib/readiness/blueprint";
import type { Payload, QuestionType, Response } from "@/lib/assessment/types";
import { db } from "@/lib/db";
import { requireViewer } from "./viewer";

type Tx = Prisma.TransactionClient;

const MAX_TIME_PER_SAVE_MS = 30 * 60_000;
const QUIZ_MAX_QUESTIONS = 10;

export type Failure = { ok: false; error: string; field?: string };

function parseJson<T>(json: string | null, fallback: T): T {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/** A stored key; an unreadable one grades as nothing rather than crashing a submission. */
const payloadOf = (json: string) => parseJson<Payload>(json, { type: "ordering", items: [] });

// ---------------------------------------------------------------------------
// Blueprints

const blueprintSelect = { id: true, targetId: true, name: true, questionCount: true, scoredCount: true, minutes: true, passingPercent: true, sectionBreaks: true, breakMinutes: true, domains: true, effectiveFrom: true } as const;
type BlueprintRow = Prisma.BlueprintGetPayload<{ select: typeof blueprintSelect }>;

function toBlueprint(row: BlueprintRow): Blueprint {
  return { ...row, sectionBreaks: parseJson<number[]>(row.sectionBreaks, []), domains: parseJson<BlueprintDomain[]>(row.domains, []) };
}

/** Every blueprint of the given targets, for picking the one in force on any date. */
export async function listBlueprints(targetIds: string[]): Promise<Blueprint[]> {
  return (await db.blueprint.findMany({ where: { targetId: { in: targetIds } }, select: blueprintSelect })).map(toBlueprint);
}

export async function blueprintInForce(targetId: string, at: Date): Promise<Blueprint | null> {
  return blueprintOn(await listBlueprints([targetId]), at);
}

// ---------------------------------------------------------------------------
// Starting attempts

export type StartResult = { ok: true; attemptId: string } | Failure;

async function createAttempt(data: Prisma.AttemptUncheckedCreateInput): Promise<string> {
  try {
    return (await db.attempt.create({ data, select: { id: true } })).id;
  } catch (error) {
    // Two starts at once: the other one won; resume it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && data.activeKey) {
      return (await db.attempt.findUniqueOrThrow({ where: { activeKey: data.activeKey }, select: { id: true } })).id;
    }
    throw error;
  }
}

/**
 * Starts the module's practice quiz, or resumes the one in progress. The
 * course's last module has a final assessment instead (see FINAL_QUESTIONS).
 */
export async function startModuleQuiz(moduleId: string, now = new Date()): Promise<StartResult> {
  const viewer = await requireViewer();
  const mod = await db.module.findFirst({
    where: { id: moduleId, course: { published: true } },
    select: { id: true, courseId: true, course: { select: { modules: { orderBy: { order: "desc" }, take: 1, select: { id: true } } } } },
  });
  if (!mod) return { ok: false, error: "That module does not exist." };
  if (mod.course.modules[0]?.id === mod.id) return startFinalAssessment(viewer.id, mod, now);
  const activeKey = `${viewer.id}:quiz:${mod.id}`;
  const open = await db.attempt.findUnique({ where: { activeKey }, select: { id: true } });
  if (open) return { ok: true, attemptId: open.id };

  const questions = await db.question.findMany({
    where: { moduleId: mod.id, retired: false },
    select: { id: true, domain: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
  });
  if (questions.length === 0) return { ok: false, error: "This module has no quiz yet." };
  const chosen = shuffle(questions, Math.random).slice(0, QUIZ_MAX_QUESTIONS);
  const attemptId = await createAttempt({
    userId: viewer.id,
    mode: "quiz",
    moduleId: mod.id,
    activeKey,
    passingPercent: QUIZ_PASSING_PERCENT,
    items: {
      create: chosen.map((q, i) => ({ position: i + 1, questionId: q.id, questionVersionId: q.versions[0]!.id, domain: q.domain })),
    },
  });
  return { ok: true, attemptId };
}

/** When a failed final assessment may be retaken; null when it may be now. */
function retakeFrom(last: { passed: boolean | null; submittedAt: Date | null } | null, now: Date): Date | null {
  if (!last?.submittedAt || last.passed) return null;
  const from = finalRetakeFrom(last.submittedAt);
  return from > now ? from : null;
}

async function startFinalAssessment(userId: string, mod: { id: string; courseId: string }, now: Date): Promise<StartResult> {
  const activeKey = `${userId}:final:${mod.id}`;
  const open = await db.attempt.findUnique({ where: { activeKey }, select: { id: true } });
  if (open) return { ok: true, attemptId: open.id };
  const [last, questions, seen] = await Promise.all([
    db.attempt.findFirst({ where: { userId, moduleId: mod.id, mode: "final", status: "submitted" }, orderBy: { submittedAt: "desc" }, select: { passed: true, submittedAt: true } }),
    db.question.findMany({
      where: { module: { courseId: mod.courseId }, retired: false },
      select: { id: true, domain: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
    }),
    db.attemptItem.findMany({ where: { attempt: { userId, moduleId: mod.id, mode: "final" } }, distinct: ["questionId"], select: { questionId: true } }),
  ]);
  const wait = retakeFrom(last, now);
  if (wait) return { ok: false, error: `You can retake the final assessment from ${formatDateTime(wait)}. Until then, revisit the lessons and your spaced review.` };
  if (questions.length === 0) return { ok: false, error: "This course has no final assessment yet." };
  // Questions never met in an earlier final assessment come first, so a retake is mostly new questions.
  const met = new Set(seen.map((s) => s.questionId));
  const chosen = [...shuffle(questions.filter((q) => !met.has(q.id)), Math.random), ...shuffle(questions.filter((q) => met.has(q.id)), Math.random)].slice(0, FINAL_QUESTIONS);
  const attemptId = await createAttempt({
    userId,
    mode: "final",
    moduleId: mod.id,
    activeKey,
    startedAt: now,
    passingPercent: QUIZ_PASSING_PERCENT,
    items: {
      create: chosen.map((q, i) => ({ position: i + 1, questionId: q.id, questionVersionId: q.versions[0]!.id, domain: q.domain })),
    },
  });
  return { ok: true, attemptId };
}

/** Starts a practice exam for a target, or resumes the same one in progress. */
export async function startExam(input: { targetCode: string; mode: ExamMode; domain?: string }, now = new Date()): Promise<StartResult> {
  const viewer = await requireViewer();
  await finalizeExpiredAttempts(viewer.id, now);
  const target = await db.certificationTarget.findUnique({ where: { code: input.targetCode }, select: { id: true, code: true } });
  if (!target) return { ok: false, error: "Unknown certification.", field: "targetCode" };
  const blueprint = await blueprintInForce(target.id, now);
  if (!blueprint) return { ok: false, error: "This certification has no exam blueprint yet.", field: "targetCode" };
  if (input.mode === "drill" && !blueprint.domains.some((d) => d.code === input.domain)) {
    return { ok: false, error: "Choose one of the exam's domains.", field: "domain" };
  }
  const activeKey = `${viewer.id}:exam:${target.code}:${input.mode}:${input.mode === "drill" ? input.domain : ""}`;
  const open = await db.attempt.findUnique({ where: { activeKey }, select: { id: true } });
  if (open) return { ok: true, attemptId: open.id };

  const questions = await db.question.findMany({
    where: { targetId: target.id, retired: false, ...(input.mode === "drill" ? { domain: input.domain } : {}) },
    select: { id: true, domain: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
  });
  const seen = await db.attemptItem.groupBy({
    by: ["questionId"],
    where: { attempt: { userId: viewer.id }, questionId: { in: questions.map((q) => q.id) } },
    _max: { answeredAt: true },
  });
  const lastSeen = new Map(seen.map((s) => [s.questionId, s._max.answeredAt]));
  const plan = planExam(input.mode, blueprint, questions.length);
  if (plan.questions === 0) return { ok: false, error: "There are no questions for this exam yet." };
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

// ---------------------------------------------------------------------------
// Finishing attempts

async function scheduleReviews(tx: Tx, userId: string, answers: { questionId: string; correct: boolean; confidence?: Confidence }[], now: Date) {
  if (answers.length === 0) return;
  const existing = await tx.reviewCard.findMany({ where: { userId, questionId: { in: answers.map((a) => a.questionId) } } });
  const byQuestion = new Map(existing.map((c) => [c.questionId, c]));
  for (const answer of answers) {
    const previous = byQuestion.get(answer.questionId);
    const next: CardState = reviewCard(previous ?? null, ratingFor(answer.correct, answer.confidence), now);
    const data = { ...next, lastCorrect: answer.correct };
    await tx.reviewCard.upsert({
      where: { userId_questionId: { userId, questionId: answer.questionId } },
      create: { userId, questionId: answer.questionId, ...data },
      update: data,
    });
  }
}

class AlreadyFinished extends Error {}

/**
 * Grades and closes an attempt in one transaction: item grades, score and state
 * together. A second call (double click, replay) changes nothing.
 */
async function finalizeAttempt(attemptId: string, userId: string, now: Date, expired: boolean): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const attempt = await tx.attempt.findFirst({
        where: { id: attemptId, userId, status: "in_progress" },
        select: {
          mode: true,
          passingPercent: true,
          items: { select: { id: true, questionId: true, response: true, credit: true, correct: true, questionVersion: { select: { payload: true } } } },
        },
      });
      if (!attempt) throw new AlreadyFinished();
      const graded = attempt.items.map((item) => {
        // Practice items were graded as they were answered; exam items are graded now, from what was stored.
        const grade =
          item.credit !== null && item.correct !== null
            ? { credit: item.credit, correct: item.correct }
            : gradeResponse(payloadOf(item.questionVersion.payload), parseJson<Response | null>(item.response, null));
        return { ...item, ...grade };
      });
      const score = graded.reduce((s, g) => s + g.credit, 0);
      const maxScore = graded.length;
      const percent = maxScore ? (100 * score) / maxScore : 0;
      const claimed = await tx.attempt.updateMany({
        where: { id: attemptId, status: "in_progress" },
        data: {
          status: "submitted",
          activeKey: null,
          submittedAt: now,
          expired,
          breakStartedAt: null,
          score,
          maxScore,
          percent,
          passed: attempt.passingPercent === null ? null : percent >= attempt.passingPercent,
        },
      });
      if (claimed.count === 0) throw new AlreadyFinished();
      for (const g of graded) {
        await tx.attemptItem.update({ where: { id: g.id }, data: { credit: g.credit, correct: g.correct } });
      }
      if (attempt.mode !== "quiz") {
        await scheduleReviews(tx, userId, graded.filter((g) => g.response !== null).map((g) => ({ questionId: g.questionId, correct: g.correct })), now);
      }
    });
  } catch (error) {
    if (!(error instanceof AlreadyFinished)) throw error;
  }
}

/** Closes the learner's attempts whose time ran out; called on their next request. */
export async function finalizeExpiredAttempts(userId: string, now = new Date()): Promise<void> {
  const open = await db.attempt.findMany({
    where: { userId, status: "in_progress", deadlineAt: { not: null } },
    select: { id: true, deadlineAt: true, breakStartedAt: true, breakMinutes: true },
  });
  for (const a of open) {
    if (effectiveDeadline(a, now)! < now) await finalizeAttempt(a.id, userId, now, true);
  }
}

export type SubmitResult = { ok: true; attemptId: string; mode: string; courseId: string | null } | Failure;

export async function submitAttempt(attemptId: string, now = new Date()): Promise<SubmitResult> {
  const viewer = await requireViewer();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: { id: true, mode: true, deadlineAt: true, breakStartedAt: true, breakMinutes: true, module: { select: { courseId: true } } },
  });
  if (!attempt) return { ok: false, error: "That attempt does not exist." };
  const deadline = effectiveDeadline(attempt, now);
  await finalizeAttempt(attempt.id, viewer.id, now, deadline !== null && deadline < now);
  return { ok: true, attemptId: attempt.id, mode: attempt.mode, courseId: attempt.module?.courseId ?? null };
}

// ---------------------------------------------------------------------------
// Answering

export type SaveResult = { ok: true; feedback?: Feedback } | Failure;

async function endBreak(tx: Tx, attempt: { id: string; deadlineAt: Date | null; breakStartedAt: Date | null; breakMinutes: number }, now: Date) {
  if (!attempt.breakStartedAt) return;
  await tx.attempt.update({ where: { id: attempt.id }, data: { deadlineAt: effectiveDeadline(attempt, now), breakStartedAt: null } });
}

/**
 * Saves one answer. In practice quizzes the answer is graded at once and its
 * explanation returned; in exams only the response is stored until submission.
 */
export async function saveAnswer(
  input: { attemptId: string; position: number; response: unknown; timeSpentMs?: number; confidence?: Confidence },
  now = new Date(),
): Promise<SaveResult> {
  const viewer = await requireViewer();
  // Read together; the item is only used once the attempt is known to be the viewer's.
  const [attempt, item] = await Promise.all([
    db.attempt.findFirst({
      where: { id: input.attemptId, userId: viewer.id },
      select: { id: true, status: true, mode: true, section: true, deadlineAt: true, breakStartedAt: true, breakMinutes: true },
    }),
    db.attemptItem.findUnique({
      where: { attemptId_position: { attemptId: input.attemptId, position: input.position } },
      select: { id: true, section: true, answeredAt: true, questionId: true, questionVersion: { select: { payload: true, explanation: true } } },
    }),
  ]);
  if (!attempt) return { ok: false, error: "That attempt does not exist." };
  if (attempt.status !== "in_progress") return { ok: false, error: "This attempt is finished; its answers can no longer change." };
  const deadline = effectiveDeadline(attempt, now);
  if (deadline && deadline < now) {
    await finalizeAttempt(attempt.id, viewer.id, now, true);
    return { ok: false, error: "Time is up. Your attempt has been submitted with the answers saved before the deadline." };
  }
  if (!item) return { ok: false, error: "That question is not part of this attempt.", field: "position" };
  if (item.section < attempt.section) return { ok: false, error: "This section is locked: you moved on past its break." };
  if (item.section > attempt.section) return { ok: false, error: "Finish the current section before answering this one." };
  if (attempt.mode === "quiz" && item.answeredAt) return { ok: false, error: "You've already answered this question." };
  const payload = payloadOf(item.questionVersion.payload);
  const parsed = parseResponse(payload, input.response);
  if (!parsed.ok) return { ok: false, error: parsed.error, field: "response" };
  const spent = Math.max(0, Math.min(MAX_TIME_PER_SAVE_MS, Math.round(input.timeSpentMs ?? 0)));

  if (attempt.mode === "quiz") {
    const grade = gradeResponse(payload, parsed.response);
    // One conditional write: of concurrent saves of one item only the first
    // lands, and none lands once the attempt is submitted. Only a save that
    // landed gets the key back.
    const landed = await db.$transaction(async (tx) => {
      const written = await tx.attemptItem.updateMany({
        where: { id: item.id, answeredAt: null, attempt: { is: { status: "in_progress" } } },
        data: { response: JSON.stringify(parsed.response), answeredAt: now, timeSpentMs: { increment: spent }, ...grade },
      });
      if (written.count === 0) return false;
      await scheduleReviews(tx, viewer.id, [{ questionId: item.questionId, correct: grade.correct, confidence: input.confidence }], now);
      return true;
    });
    if (!landed) return { ok: false, error: "This question was already answered, or the quiz is finished." };
    return { ok: true, feedback: { ...grade, explanation: item.questionVersion.explanation, solution: solutionOf(payload) } };
  }

  // One conditional write: it lands only while the attempt is still open in the
  // same section, so a submit or a section change in between wins.
  const write = (client: Tx | typeof db) =>
    client.attemptItem.updateMany({
      where: { id: item.id, attempt: { is: { status: "in_progress", section: attempt.section } } },
      data: { response: JSON.stringify(parsed.response), answeredAt: now, timeSpentMs: { increment: spent } },
    });
  const saved = attempt.breakStartedAt
    ? await db.$transaction(async (tx) => {
        await endBreak(tx, attempt, now);
        return write(tx);
      })
    : await write(db);
  return saved.count ? { ok: true } : { ok: false, error: "This attempt is finished; its answers can no longer change." };
}

export async function setFlag(input: { attemptId: string; position: number; flagged: boolean }): Promise<{ ok: true } | Failure> {
  const viewer = await requireViewer();
  const updated = await db.attemptItem.updateMany({
    where: { position: input.position, attempt: { id: input.attemptId, userId: viewer.id, status: "in_progress" } },
    data: { flagged: input.flagged },
  });
  return updated.count ? { ok: true } : { ok: false, error: "That question is not part of an attempt in progress." };
}

/** Ends the current section; its answers lock. With a break, the clock is paused for up to the allowance. */
export async function advanceSection(input: { attemptId: string; takeBreak: boolean }, now = new Date()): Promise<{ ok: true } | Failure> {
  const viewer = await requireViewer();
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, userId: viewer.id, status: "in_progress" },
    select: { id: true, section: true, sectionBreaks: true, deadlineAt: true, breakStartedAt: true, breakMinutes: true },
  });
  if (!attempt) return { ok: false, error: "That attempt is not in progress." };
  const breaks = parseJson<number[]>(attempt.sectionBreaks, []);
  if (attempt.section >= breaks.length) return { ok: false, error: "This is the last section." };
  await db.$transaction(async (tx) => {
    await endBreak(tx, attempt, now);
    await tx.attempt.update({
      where: { id: attempt.id },
      data: { section: attempt.section + 1, breakStartedAt: input.takeBreak && attempt.breakMinutes > 0 ? now : null },
    });
  });
  return { ok: true };
}

export async function resumeFromBreak(attemptId: string, now = new Date()): Promise<{ ok: true } | Failure> {
  const viewer = await requireViewer();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: viewer.id, status: "in_progress" },
    select: { id: true, deadlineAt: true, breakStartedAt: true, breakMinutes: true },
  });
  if (!attempt) return { ok: false, error: "That attempt is not in progress." };
  await db.$transaction((tx) => endBreak(tx, attempt, now));
  return { ok: true };
}

// ---------------------------------------------------------------------------
// Reading attempts

export type ItemView = {
  position: number;
  section: number;
  domain: string;
  question: PresentedQuestion;
  response: Response | null;
  flagged: boolean;
  answered: boolean;
  timeSpentMs: number;
  /** Present once the key may be shown: answered practice items, submitted attempts (a final assessment only once passed). */
  feedback?: Feedback;
  /** Right or wrong without the key: a failed final assessment's items. */
  verdict?: { credit: number; correct: boolean };
};

export type OutlineItem = { position: number; section: number; answered: boolean; flagged: boolean };

export type DomainResult = { code: string; name: string; score: number; total: number; percent: number };

export type AttemptView = {
  id: string;
  mode: string;
  status: "in_progress" | "submitted";
  title: string;
  target: { code: string; name: string } | null;
  module: { title: string; courseSlug: string; courseTitle: string } | null;
  startedAt: Date;
  deadlineAt: Date | null;
  onBreakUntil: Date | null;
  serverNow: Date;
  section: number;
  sectionBreaks: number[];
  /** Every item, for the navigator: where it is and how far the learner got, nothing of the question. */
  outline: OutlineItem[];
  /** The items whose questions may be shown now: all once submitted, else the open section's. */
  items: ItemView[];
  result: {
    score: number;
    maxScore: number;
    percent: number;
    passed: boolean | null;
    passingPercent: number | null;
    expired: boolean;
    submittedAt: Date;
    byDomain: DomainResult[];
    totalTimeMs: number;
  } | null;
};


/** One of the viewer's attempts; the key is included only where it may be shown. */
export async function getAttempt(attemptId: string, now = new Date()): Promise<AttemptView | null> {
  const viewer = await requireViewer();
  await finalizeExpiredAttempts(viewer.id, now);
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: {
      id: true,
      mode: true,
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
  const submitted = attempt.status === "submitted";
  const onBreak = !submitted && attempt.breakStartedAt !== null;
  // A later section cannot be read before it opens, nor anything during a break.
  const readable = attempt.items.filter((item) => submitted || (!onBreak && item.section === attempt.section));
  const items: ItemView[] = readable.map((item) => {
    const payload = payloadOf(item.questionVersion.payload);
    const showKey = submitted ? attempt.mode !== "final" || attempt.passed === true : attempt.mode === "quiz" && item.answeredAt !== null;
    return {
      position: item.position,
      section: item.section,
      domain: item.domain,
      question: presentQuestion(item.questionVersion.type as QuestionType, item.questionVersion.stem, payload, `${attempt.id}:${item.position}`),
      response: parseJson<Response | null>(item.response, null),
      flagged: item.flagged,
      answered: item.answeredAt !== null,
      timeSpentMs: item.timeSpentMs,
      feedback: showKey
        ? { credit: item.credit ?? 0, correct: item.correct ?? false, explanation: item.questionVersion.explanation, solution: solutionOf(payload) }
        : undefined,
      verdict: submitted && !showKey ? { credit: item.credit ?? 0, correct: item.correct ?? false } : undefined,
    };
  });

  let result: AttemptView["result"] = null;
  if (submitted) {
    const blueprint = attempt.targetId ? await blueprintInForce(attempt.targetId, attempt.startedAt) : null;
    const names = new Map((blueprint?.domains ?? []).map((d) => [d.code, d.name]));
    const byDomain = new Map<string, DomainResult>();
    for (const item of attempt.items) {
      const d = byDomain.get(item.domain) ?? { code: item.domain, name: names.get(item.domain) ?? item.domain.replace(/-/g, " "), score: 0, total: 0, percent: 0 };
      d.score += item.credit ?? 0;
      d.total += 1;
      byDomain.set(item.domain, d);
    }
    result = {
      score: attempt.score ?? 0,
      maxScore: attempt.maxScore ?? 0,
      percent: attempt.percent ?? 0,
      passed: attempt.passed,
      passingPercent: attempt.passingPercent,
      expired: attempt.expired,
      submittedAt: attempt.submittedAt!,
      byDomain: [...byDomain.values()].map((d) => ({ ...d, percent: d.total ? (100 * d.score) / d.total : 0 })),
      totalTimeMs: attempt.items.reduce((s, i) => s + i.timeSpentMs, 0),
    };
  }

  const onBreakUntil =
    !submitted && attempt.breakStartedAt ? new Date(attempt.breakStartedAt.getTime() + attempt.breakMinutes * 60_000) : null;
  return {
    id: attempt.id,
    mode: attempt.mode,
    status: submitted ? "submitted" : "in_progress",
    title: attempt.module
      ? `${attempt.mode === "final" ? "Final assessment" : "Quiz"}: ${attempt.module.title}`
      : `${attempt.target?.code ?? ""} ${MODE_TITLES[attempt.mode] ?? "Exam"}${attempt.domain ? `: ${attempt.domain.replace(/-/g, " ")}` : ""}`,
    target: attempt.target,
    module: attempt.module && { title: attempt.module.title, courseSlug: attempt.module.course.slug, courseTitle: attempt.module.course.title },
    startedAt: attempt.startedAt,
    deadlineAt: submitted ? attempt.deadlineAt : effectiveDeadline(attempt, now),
    onBreakUntil,
    serverNow: now,
    section: attempt.section,
    sectionBreaks: parseJson<number[]>(attempt.sectionBreaks, []),
    outline: attempt.items.map((item) => ({ position: item.position, section: item.section, answered: item.answeredAt !== null, flagged: item.flagged })),
    items,
    result,
  };
}

// ---------------------------------------------------------------------------
// Lists

export type ExamOption = {
  code: string;
  name: string;
  blueprint: Pick<Blueprint, "name" | "questionCount" | "minutes" | "passingPercent" | "sectionBreaks" | "effectiveFrom">;
  domains: (BlueprintDomain & { available: number })[];
  bankSize: number;
  plans: Record<ExamMode, { questions: number; minutes: number }>;
  open: { id: string; mode: string; domain: string | null; deadlineAt: Date | null }[];
  recent: { id: string; mode: string; domain: string | null; percent: number; passed: boolean | null; submittedAt: Date }[];
};

/** Every target's exam formats, with the viewer's open and recent attempts. */
export async function listExamOptions(now = new Date()): Promise<ExamOption[]> {
  const viewer = await requireViewer();
  await finalizeExpiredAttempts(viewer.id, now);
  const [targets, counts, attempts] = await Promise.all([
    db.certificationTarget.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    db.question.groupBy({ by: ["targetId", "domain"], where: { retired: false }, _count: { _all: true } }),
    db.attempt.findMany({
      where: { userId: viewer.id, mode: { not: "quiz" } },
      orderBy: { startedAt: "desc" },
      take: 50,
      select: { id: true, mode: true, domain: true, status: true, deadlineAt: true, percent: true, passed: true, submittedAt: true, targetId: true },
    }),
  ]);
  const order = ["PMP", "CAPM", "LSSGB", "LEAN", "EI"];
  const options: ExamOption[] = [];
  for (const t of targets.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code))) {
    const blueprint = await blueprintInForce(t.id, now);
    if (!blueprint) continue;
    const available = new Map(counts.filter((c) => c.targetId === t.id).map((c) => [c.domain, c._count._all]));
    const bankSize = [...available.values()].reduce((a, b) => a + b, 0);
    const mine = attempts.filter((a) => a.targetId === t.id);
    options.push({
      code: t.code,
      name: t.name,
      blueprint: { name: blueprint.name, questionCount: blueprint.questionCount, minutes: blueprint.minutes, passingPercent: blueprint.passingPercent, sectionBreaks: blueprint.sectionBreaks, effectiveFrom: blueprint.effectiveFrom },
      domains: blueprint.domains.map((d) => ({ ...d, available: available.get(d.code) ?? 0 })),
      bankSize,
      plans: {
        short: planExam("short", blueprint, bankSize),
        full: planExam("full", blueprint, bankSize),
        drill: planExam("drill", blueprint, Math.max(...blueprint.domains.map((d) => available.get(d.code) ?? 0), 0)),
      },
      open: mine.filter((a) => a.status === "in_progress").map((a) => ({ id: a.id, mode: a.mode, domain: a.domain, deadlineAt: a.deadlineAt })),
      recent: mine
        .filter((a) => a.status === "submitted")
        .slice(0, 5)
        .map((a) => ({ id: a.id, mode: a.mode, domain: a.domain, percent: a.percent ?? 0, passed: a.passed, submittedAt: a.submittedAt! })),
    });
  }
  return options;
}

export type ModuleQuizStatus = {
  moduleId: string;
  /** The course's last module: its quiz is the final assessment that gates the certificate. */
  final: boolean;
  questionCount: number;
  openAttemptId: string | null;
  best: number | null;
  last: { percent: number; passed: boolean | null; attemptId: string } | null;
  /** After a failed final assessment: when a retake opens. */
  retakeFrom: Date | null;
};

/** Per module of a course: whether it has a quiz, and the viewer's results. */
export async function listModuleQuizzes(courseId: string, now = new Date()): Promise<ModuleQuizStatus[]> {
  const viewer = await requireViewer();
  const [modules, attempts, coursePool] = await Promise.all([
    db.module.findMany({ where: { courseId }, orderBy: { order: "asc" }, select: { id: true, _count: { select: { questions: { where: { retired: false } } } } } }),
    db.attempt.findMany({
      where: { userId: viewer.id, mode: { in: ["quiz", "final"] }, module: { courseId } },
      orderBy: { startedAt: "desc" },
      select: { id: true, moduleId: true, mode: true, status: true, percent: true, passed: true, submittedAt: true },
    }),
    db.question.count({ where: { module: { courseId }, retired: false } }),
  ]);
  const finalId = modules.at(-1)?.id;
  return modules.map((m) => {
    const final = m.id === finalId;
    const mine = attempts.filter((a) => a.moduleId === m.id && a.mode === (final ? "final" : "quiz"));
    const done = mine.filter((a) => a.status === "submitted");
    return {
      moduleId: m.id,
      final,
      questionCount: final ? Math.min(coursePool, FINAL_QUESTIONS) : Math.min(m._count.questions, QUIZ_MAX_QUESTIONS),
      openAttemptId: mine.find((a) => a.status === "in_progress")?.id ?? null,
      best: done.length ? Math.max(...done.map((a) => a.percent ?? 0)) : null,
      last: done[0] ? { percent: done[0].percent ?? 0, passed: done[0].passed, attemptId: done[0].id } : null,
      retakeFrom: final ? retakeFrom(done[0] ?? null, now) : null,
    };
  });
}

// ---------------------------------------------------------------------------
// Spaced review

export type ReviewCounts = { dueNow: number; dueToday: number; dueThisWeek: number; total: number };

export async function getReviewCounts(now = new Date()): Promise<ReviewCounts> {
  const viewer = await requireViewer();
  const endOfToday = new Date(now);
  endOfToday.setUTCHours(23, 59, 59, 999);
  const endOfWeek = new Date(endOfToday.getTime() + 6 * 86_400_000);
  const where = (due: Date) => ({ userId: viewer.id, question: { retired: false }, due: { lte: due } });
  const [dueNow, dueToday, dueThisWeek, total] = await Promise.all([
    db.reviewCard.count({ where: where(now) }),
    db.reviewCard.count({ where: where(endOfToday) }),
    db.reviewCard.count({ where: where(endOfWeek) }),
    db.reviewCard.count({ where: { userId: viewer.id } }),
  ]);
  return { dueNow, dueToday, dueThisWeek, total };
}


/** The next card due for the viewer, presented without its key. */
export async function nextReviewItem(now = new Date()): Promise<ReviewItem | null> {
  const viewer = await requireViewer();
  const card = await db.reviewCard.findFirst({
    where: { userId: viewer.id, due: { lte: now }, question: { retired: false } },
    orderBy: { due: "asc" },
    select: {
      questionId: true,
      lastCorrect: true,
      reps: true,
      question: {
        select: { domain: true, target: { select: { code: true } }, versions: { orderBy: { version: "desc" }, take: 1, select: { type: true, stem: true, payload: true } } },
      },
    },
  });
  const version = card?.question.versions[0];
  if (!card || !version) return null;
  return {
    questionId: card.questionId,
    target: card.question.target.code,
    domain: card.question.domain,
    lastCorrect: card.lastCorrect,
    question: presentQuestion(version.type as QuestionType, version.stem, payloadOf(version.payload), `${viewer.id}:${card.questionId}:${card.reps}`),
  };
}

export type ReviewAnswerResult = { ok: true; feedback: Feedback; nextDue: Date } | Failure;

export async function answerReview(input: { questionId: string; response: unknown; confidence?: Confidence }, now = new Date()): Promise<ReviewAnswerResult> {
  const viewer = await requireViewer();
  const card = await db.reviewCard.findFirst({
    where: { userId: viewer.id, questionId: input.questionId, due: { lte: now } },
    select: {
      question: { select: { versions: { orderBy: { version: "desc" }, take: 1, select: { payload: true, explanation: true } } } },
    },
  });
  const version = card?.question.versions[0];
  if (!version) return { ok: false, error: "That card is not due for review." };
  const payload = payloadOf(version.payload);
  const parsed = parseResponse(payload, input.response);
  if (!parsed.ok) return { ok: false, error: parsed.error, field: "response" };
  const grade = gradeResponse(payload, parsed.response);
  await db.$transaction(async (tx) => {
    await scheduleReviews(tx, viewer.id, [{ questionId: input.questionId, correct: grade.correct, confidence: input.confidence }], now);
    await tx.reviewLog.create({ data: { userId: viewer.id, questionId: input.questionId, credit: grade.credit, correct: grade.correct, answeredAt: now } });
  });
  const updated = await db.reviewCard.findUniqueOrThrow({ where: { userId_questionId: { userId: viewer.id, questionId: input.questionId } }, select: { due: true } });
  return { ok: true, feedback: { ...grade, explanation: version.explanation, solution: solutionOf(payload) }, nextDue: updated.due };
}
