// The exams page: per target, the exam formats of the blueprint in force, what
// the bank holds for them, and the learner's open and recent attempts.
import { blueprintOn, type Blueprint, type BlueprintDomain } from "@/lib/readiness/blueprint";
import { planExam, type ExamMode } from "./exam-plan";

export type ExamOption = {
  code: string;
  name: string;
  blueprint: Pick<Blueprint, "name" | "questionCount" | "minutes" | "passingPercent" | "sectionBreaks" | "sectionBreaksAssumed" | "effectiveFrom">;
  domains: (BlueprintDomain & { available: number })[];
  bankSize: number;
  plans: Record<ExamMode, { questions: number; minutes: number }>;
  open: { id: string; mode: string; domain: string | null; deadlineAt: Date | null }[];
  recent: { id: string; mode: string; domain: string | null; percent: number; passed: boolean | null; submittedAt: Date }[];
};

type Attempt = {
  id: string;
  targetId: string | null;
  mode: string;
  domain: string | null;
  status: string;
  deadlineAt: Date | null;
  percent: number | null;
  passed: boolean | null;
  submittedAt: Date | null;
};

/**
 * One option per target that has a blueprint in force, in the targets' order.
 * `attempts` are newest first and already read as of now (see summaryAt).
 */
export function examOptions(
  targets: readonly { id: string; code: string; name: string }[],
  blueprints: readonly Blueprint[],
  bank: readonly { targetId: string; domain: string; count: number }[],
  attempts: readonly Attempt[],
  now: Date,
): ExamOption[] {
  return targets.flatMap((t) => {
    const blueprint = blueprintOn(blueprints.filter((b) => b.targetId === t.id), now);
    if (!blueprint) return [];
    const available = new Map(bank.filter((c) => c.targetId === t.id).map((c) => [c.domain, c.count]));
    const bankSize = [...available.values()].reduce((a, b) => a + b, 0);
    const mine = attempts.filter((a) => a.targetId === t.id);
    return [
      {
        code: t.code,
        name: t.name,
        blueprint: { name: blueprint.name, questionCount: blueprint.questionCount, minutes: blueprint.minutes, passingPercent: blueprint.passingPercent, sectionBreaks: blueprint.sectionBreaks, sectionBreaksAssumed: blueprint.sectionBreaksAssumed, effectiveFrom: blueprint.effectiveFrom },
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
      },
    ];
  });
}
