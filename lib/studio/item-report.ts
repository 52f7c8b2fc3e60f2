// From finished attempts' answers to the studio's item report: Moodle's
// statistics per question, the share choosing each option, the median time,
// and the weak-item flags. Pure; the data layer hands it the rows.
import { flagItem, itemStatistics, type ItemStatistic, type WeakItemReason } from "@/lib/assessment/item-statistics";
import type { Payload, Response } from "@/lib/assessment/types";

export type AnswerRow = { attemptId: string; questionId: string; credit: number | null; timeSpentMs: number; response: string | null; payload: string };

export type OptionShare = { text: string; keyed: boolean; picks: number; share: number };

export type ItemReport = ItemStatistic & {
  questionId: string;
  medianSeconds: number | null;
  options: OptionShare[];
  flags: WeakItemReason[];
};

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function chosenIds(response: string | null): string[] {
  if (!response) return [];
  const r = JSON.parse(response) as Response;
  return r.type === "single" ? [r.choice] : r.type === "multiple" ? r.choices : [];
}

/** Picks per option, matched across versions by the option's text and position (ids differ per version). */
function optionShares(rows: AnswerRow[]): OptionShare[] {
  const latest = JSON.parse(rows.at(-1)!.payload) as Payload;
  if (latest.type !== "single" && latest.type !== "multiple") return [];
  const counts = latest.options.map((o) => ({ text: o.text, keyed: o.correct, picks: 0 }));
  for (const row of rows) {
    const payload = JSON.parse(row.payload) as Payload;
    if (payload.type !== latest.type) continue;
    for (const id of chosenIds(row.response)) {
      const index = payload.options.findIndex((o) => o.id === id);
      if (index >= 0 && counts[index]) counts[index].picks++;
    }
  }
  return counts.map((c) => ({ ...c, share: rows.length ? c.picks / rows.length : 0 }));
}

/** One report per question that has answers, in the order of `questionIds`. */
export function itemReports(questionIds: string[], rows: AnswerRow[]): ItemReport[] {
  const attempts = [...new Set(rows.map((r) => r.attemptId))];
  const column = new Map(questionIds.map((id, q) => [id, q]));
  const row = new Map(attempts.map((id, a) => [id, a]));
  const marks: (number | null)[][] = attempts.map(() => questionIds.map(() => null));
  const byQuestion = new Map<string, AnswerRow[]>();
  for (const r of rows) {
    const q = column.get(r.questionId);
    if (q === undefined) continue;
    marks[row.get(r.attemptId)!]![q] = Math.min(1, Math.max(0, r.credit ?? 0));
    byQuestion.set(r.questionId, [...(byQuestion.get(r.questionId) ?? []), r]);
  }
  const stats = attempts.length ? itemStatistics(marks) : [];
  return questionIds.flatMap((questionId, q) => {
    const answers = byQuestion.get(questionId);
    if (!answers) return [];
    const stat = stats[q]!;
    const options = optionShares(answers);
    return [
      {
        ...stat,
        questionId,
        medianSeconds: median(answers.filter((a) => a.timeSpentMs > 0).map((a) => a.timeSpentMs / 1000)),
        options,
        flags: flagItem({ ...stat, options: options.map((o) => ({ keyed: o.keyed, picks: o.picks })) }),
      },
    ];
  });
}
