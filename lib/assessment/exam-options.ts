// The exams page: per target, each exam format's blueprint in force, what the
// bank holds for it, and the learner's open and recent attempts of it.
import { blueprintsOn, type Blueprint, type BlueprintDomain } from "@/lib/readiness/blueprint";
import { planExam, type ExamMode } from "./exam-plan";

export type ExamOption = {
  code: string;
  name: string;
  /** The format's code, "" for a target's only format. */
  format: string;
  blueprint: Pick<
    Blueprint,
    "name" | "questionCount" | "scoredCount" | "minutes" | "passingPercent" | "sectionBreaks" | "sectionBreaksAssumed" | "effectiveFrom" | "openBook" | "scaledPass" | "scaledMax"
  >;
  domains: (BlueprintDomain & { available: number })[];
  bankSize: number;
  plans: Record<ExamMode, { questions: number; minutes: number }>;
  open: { id: string; mode: string; domain: string | null; deadlineAt: Date | null }[];
  recent: { id: string; mode: string; domain: string | null; percent: number; passed: boolean | null; submittedAt: Date }[];
};

type Attempt = {
  id: string;
  targetId: string | null;
  format: string;
  mode: string;
  domain: string | null;
  status: string;
  deadlineAt: Date | null;
  percent: number | null;
  passed: boolean | null;
  submittedAt: Date | null;
};

/**
 * One option per target and exam format in force, in the targets' order (a
 * target's formats by code). `attempts` are newest first and already read as
 * of now (see summaryAt).
 */
export function examOptions(
  targets: readonly { id: string; code: string; name: string }[],
  blueprints: readonly Blueprint[],
  bank: readonly { targetId: string; domain: string; count: number }[],
  attempts: readonly Attempt[],
  now: Date,
): ExamOption[] {
  return targets.flatMap((t) => {
    const inForce = blueprintsOn(blueprints.filter((b) => b.targetId === t.id), now);
    return inForce.map((blueprint, index): ExamOption => {
      const available = new Map(bank.filter((c) => c.targetId === t.id).map((c) => [c.domain, c.count]));
      // A format draws only on the items of its own domains.
      const bankSize = blueprint.domains.reduce((n, d) => n + (available.get(d.code) ?? 0), 0);
      // An attempt of a format no longer offered (Green Belt's single format, before the split) is listed under the first.
      const listedHere = (format: string) => format === blueprint.format || (index === 0 && !inForce.some((b) => b.format === format));
      const mine = attempts.filter((a) => a.targetId === t.id && listedHere(a.format));
      return {
        code: t.code,
        name: t.name,
        format: blueprint.format,
        blueprint: {
          name: blueprint.name,
          questionCount: blueprint.questionCount,
          scoredCount: blueprint.scoredCount,
          minutes: blueprint.minutes,
          passingPercent: blueprint.passingPercent,
          sectionBreaks: blueprint.sectionBreaks,
          sectionBreaksAssumed: blueprint.sectionBreaksAssumed,
          effectiveFrom: blueprint.effectiveFrom,
          openBook: blueprint.openBook,
          scaledPass: blueprint.scaledPass,
          scaledMax: blueprint.scaledMax,
        },
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
      };
    });
  });
}
