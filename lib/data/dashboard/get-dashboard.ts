import "server-only";
import { blueprintOn } from "@/lib/readiness/blueprint";
import { evidenceFingerprint } from "@/lib/readiness/evidence-fingerprint";
import type { educationHours } from "@/lib/readiness/hours";
import type { Calibration } from "@/lib/readiness/calibration";
import { estimateReadiness, estimateReadinessPoint, passProbability, type DomainWeight, type Evidence, type Readiness } from "@/lib/readiness/model";
import { weekDates } from "@/lib/readiness/week-dates";
import { CALIBRATION_MIN_OUTCOMES } from "@/lib/readiness/reliability";
import type { ExamBand } from "@/lib/validation/exam-bands";
import { nextActions, type NextAction } from "@/lib/readiness/next-actions";
import { checkRenewal, type PduCategory, type RenewalStatus } from "@/lib/pdu/rules";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseJson } from "@/lib/assessment/stored";
import { db } from "@/lib/db";
import { listBlueprints } from "@/lib/data/blueprints/list-blueprints";
import { calibrationsInForce } from "@/lib/data/readiness/calibration-in-force";
import { evidenceKey, evidenceStamp, learnerEvidence } from "@/lib/data/readiness/learner-evidence";
import { examDatesOf } from "@/lib/data/review/exam-dates";
import { getReviewCounts } from "@/lib/data/review/get-review-counts";
import { listTargets } from "@/lib/data/targets/list-targets";
import { requireViewer } from "@/lib/data/viewer";
import { coursesFor, hoursOf } from "./course-hours";
import { targetEvidence, targetModels, trendPoints, type TargetModel } from "./target-models";

const DAY = 86_400_000;

export type TargetCard = {
  code: string;
  name: string;
  examDate: Date;
  daysToExam: number;
  blueprint: { name: string; questionCount: number; minutes: number; passingPercent: number; effectiveFrom: Date };
  readiness: Readiness;
  passProbability: number | null;
  trend: { date: Date; probability: number | null; answers: number }[];
  hours: ReturnType<typeof educationHours>;
  renewal: (RenewalStatus & { earnedOn: Date }) | null;
  actions: NextAction[];
  /** The organisation that assigned this target to one of the learner's cohorts, if one did. */
  assignedBy: string | null;
  /** False for a target only an assignment puts here: the learner cannot remove it. */
  chosen: boolean;
  /** The calibration against reported results in force, or how many results there are so far. */
  calibration: { outcomes: number; fittedAt: Date } | { outcomes: null; reported: number; needed: number };
  /** The learner's own reports of their real exam results for this target, newest first. */
  reports: { id: string; examDate: Date; passed: boolean; bands: Record<string, ExamBand> }[];
};

/** Per target: questions in the bank, and how many of them the learner has met. */
async function coverageFor(userId: string, targetIds: string[]) {
  const [seen, bank] = await Promise.all([
    targetIds.length
      ? db.$queryRaw<{ targetId: string; n: number | bigint }[]>`
          SELECT q."targetId" AS "targetId", COUNT(DISTINCT ai."questionId") AS "n"
          FROM "AttemptItem" ai JOIN "Attempt" a ON a."id" = ai."attemptId" JOIN "Question" q ON q."id" = ai."questionId"
          WHERE a."userId" = ${userId} AND q."targetId" IN (${Prisma.join(targetIds)})
          GROUP BY q."targetId"`
      : [],
    db.question.groupBy({ by: ["targetId"], where: { targetId: { in: targetIds }, retired: false }, _count: { _all: true } }),
  ]);
  return (targetId: string) => ({
    seen: Number(seen.find((s) => s.targetId === targetId)?.n ?? 0),
    bank: bank.find((b) => b.targetId === targetId)?._count._all ?? 0,
  });
}

/**
 * The readiness today, the chance to pass with the calibration in force, and the trend over
 * the last eight weeks, whose past points (week ends, the same all week) are kept under
 * `pointKey` of their day and the evidence up to it.
 */
function fitTargetModel(evidence: Evidence[], domains: DomainWeight[], exam: { questions: number; passingPercent: number }, now: Date, calibration: Calibration | undefined, pointKey: (date: Date) => string): TargetModel {
  const readiness = estimateReadiness(evidence, domains, now, { calibration });
  const trend = weekDates(now).map((date) => {
    // The trend shows no interval, whose draws are half of a fit. A week without enough evidence shows no number, as the headline does not.
    const fit = () => {
      const r = estimateReadinessPoint(evidence, domains, date, { calibration });
      return { date, probability: r.overall.enough ? r.overall.probability : null, answers: r.answers };
    };
    return date === now ? fit() : trendPoints.getOrSet(`${pointKey(date)}|${evidenceFingerprint(evidence, date.getTime())}`, fit);
  });
  return { readiness, passProbability: readiness.overall.enough ? passProbability(readiness, exam, calibration) : null, trend };
}

/**
 * Each target's evidence, by target id: kept whole while the learner's answers are
 * unchanged; after answers today, the kept days before today and today's rows read; else
 * all of it read. Keeps what it gives (target-models.ts).
 */
async function evidenceFor(userId: string, targets: { targetId: string; readKey: string }[], stamp: { answers: string; before: string }, day: string): Promise<Map<string, Evidence[]>> {
  const evidence = new Map<string, Evidence[]>();
  const whole: typeof targets = [];
  const today: typeof targets = [];
  const dayStart = new Date(`${day}T00:00:00.000Z`);
  for (const t of targets) {
    const kept = targetEvidence.get(t.readKey);
    if (kept?.answers === stamp.answers) evidence.set(t.targetId, kept.rows);
    else if (kept?.day === day && kept.before === stamp.before) {
      evidence.set(t.targetId, kept.rows.filter((e) => e.at < dayStart));
      today.push(t);
    } else whole.push(t);
  }
  const read = (list: typeof targets, sinceDay?: string) => (list.length ? learnerEvidence([userId], list.map((t) => t.targetId), sinceDay) : new Map<string, Evidence[]>());
  const [all, todays] = await Promise.all([read(whole), read(today, day)]);
  for (const t of whole) evidence.set(t.targetId, all.get(evidenceKey(userId, t.targetId)) ?? []);
  for (const t of today) evidence.set(t.targetId, [...evidence.get(t.targetId)!, ...(todays.get(evidenceKey(userId, t.targetId)) ?? [])]);
  for (const t of targets) targetEvidence.set(t.readKey, { rows: evidence.get(t.targetId)!, answers: stamp.answers, day, before: stamp.before });
  return evidence;
}

/**
 * The viewer's certification targets, each with readiness, hours, renewal and
 * next actions. A fixed number of queries however many targets the learner has.
 */
export async function getDashboard(now = new Date()): Promise<{ cards: TargetCard[]; available: { code: string; name: string }[] }> {
  const viewer = await requireViewer();
  const [dates, targets, held, reviews] = await Promise.all([
    examDatesOf(db, viewer.id),
    listTargets(),
    db.heldCertification.findMany({
      where: { userId: viewer.id },
      select: { targetId: true, earnedOn: true, entries: { select: { hours: true, category: true, date: true } } },
    }),
    getReviewCounts(now),
  ]);
  const day = now.toISOString().slice(0, 10);
  const mine = dates.sort((a, b) => a.examDate.getTime() - b.examDate.getTime());
  const ids = mine.map((t) => t.targetId);
  const [blueprints, courses, stamp, coverage, calibrations, reports, reported] = await Promise.all([
    listBlueprints(ids),
    coursesFor(viewer.id, ids),
    evidenceStamp(viewer.id, ids, day),
    coverageFor(viewer.id, ids),
    calibrationsInForce(ids),
    db.examOutcome.findMany({ where: { userId: viewer.id, targetId: { in: ids } }, orderBy: { examDate: "desc" }, select: { id: true, targetId: true, examDate: true, passed: true, domainBands: true } }),
    db.examOutcome.groupBy({ by: ["targetId"], where: { targetId: { in: ids } }, _count: { _all: true } }),
  ]);

  const planned = mine.flatMap(({ targetId, examDate, chosen, assignedBy }) => {
    const target = targets.find((t) => t.id === targetId);
    const ownBlueprints = blueprints.filter((b) => b.targetId === targetId);
    const blueprint = blueprintOn(ownBlueprints, examDate) ?? blueprintOn(ownBlueprints, now);
    if (!target || !blueprint) return [];
    const inForce = calibrations.get(targetId);
    const exam = { questions: blueprint.questionCount, passingPercent: blueprint.passingPercent };
    const shape = [blueprint.name, blueprint.effectiveFrom.getTime(), exam.questions, exam.passingPercent, blueprint.domains.map((d) => `${d.code}:${d.weight}`).join(",")];
    const fit = [viewer.id, targetId, stamp.bank, ...shape, inForce?.fittedAt.getTime() ?? ""].join("|");
    return [
      {
        targetId, examDate, chosen, assignedBy, target, blueprint, inForce, exam,
        key: `${fit}|${day}|${stamp.answers}`,
        readKey: `${viewer.id}|${targetId}|${stamp.bank}`,
        pointKey: (date: Date) => `${fit}|${date.toISOString().slice(0, 10)}`,
      },
    ];
  });
  // A fit is kept for the day (target-models.ts); what is not kept is fitted from the evidence.
  const models = new Map(planned.map((p) => [p.targetId, targetModels.get(p.key)]));
  const unfitted = planned.filter((p) => !models.get(p.targetId));
  const evidence = await evidenceFor(viewer.id, unfitted, stamp, day);
  for (const p of unfitted) {
    models.set(p.targetId, targetModels.set(p.key, fitTargetModel(evidence.get(p.targetId)!, p.blueprint.domains, p.exam, now, p.inForce?.calibration, p.pointKey)));
  }

  const cards: TargetCard[] = [];
  for (const { targetId, examDate, chosen, assignedBy, target, blueprint, inForce } of planned) {
    const { readiness, passProbability: pass, trend } = models.get(targetId)!;
    const lessons = courses
      .filter((c) => c.certifications.some((x) => x.targetId === targetId))
      .flatMap((c) => {
        const next = c.modules.flatMap((m) => m.lessons).find((l) => l.completions.length === 0);
        const domains = c.certifications.find((x) => x.targetId === targetId)!.domains.split(",");
        return next ? domains.map((domain) => ({ domain, title: next.title, href: `/learn/${c.slug}/${next.slug}` })) : [];
      });
    const { seen, bank } = coverage(targetId);
    const daysToExam = Math.ceil((examDate.getTime() - now.getTime()) / DAY);
    const heldRow = held.find((h) => h.targetId === targetId);

    cards.push({
      code: target.code,
      name: target.name,
      examDate,
      daysToExam,
      blueprint: { name: blueprint.name, questionCount: blueprint.questionCount, minutes: blueprint.minutes, passingPercent: blueprint.passingPercent, effectiveFrom: blueprint.effectiveFrom },
      readiness,
      passProbability: pass,
      trend,
      hours: hoursOf(courses, target),
      renewal:
        target.renewalRule && heldRow
          ? { ...checkRenewal(target.renewalRule, heldRow.earnedOn, heldRow.entries.map((e) => ({ ...e, category: e.category as PduCategory }))), earnedOn: heldRow.earnedOn }
          : null,
      actions: nextActions({
        targetCode: target.code,
        domains: readiness.domains.map((d) => ({ code: d.code, name: d.name, weight: d.weight, probability: d.probability, enough: d.enough })),
        lessons,
        dueReviews: reviews.dueNow,
        unseenQuestions: Math.max(0, bank - seen),
        daysToExam,
        dueThisWeek: reviews.dueThisWeek,
      }),
      assignedBy,
      chosen,
      calibration: inForce
        ? { outcomes: inForce.outcomes, fittedAt: inForce.fittedAt }
        : { outcomes: null, reported: reported.find((g) => g.targetId === targetId)?._count._all ?? 0, needed: CALIBRATION_MIN_OUTCOMES },
      reports: reports
        .filter((o) => o.targetId === targetId)
        .map((o) => ({ id: o.id, examDate: o.examDate, passed: o.passed, bands: parseJson<Record<string, ExamBand>>(o.domainBands, {}) })),
    });
  }
  const shown = new Set(ids);
  return { cards, available: targets.filter((t) => !shown.has(t.id)).map((t) => ({ code: t.code, name: t.name })) };
}
