// How sure the dashboard is, in words a learner can plan on: from the width of
// the readiness interval, and whether the numbers have been checked against real results.

export type Certainty = { level: "none" | "low" | "medium" | "high"; words: string };

export function describeCertainty(overall: { low: number; high: number; enough: boolean }, calibratedOn: number | null): Certainty {
  if (!overall.enough) return { level: "none", words: "Not sure at all yet: answer more questions in every domain before trusting a number." };
  const width = overall.high - overall.low;
  const checked = calibratedOn === null ? " These numbers are not yet checked against real exam results." : "";
  if (width <= 0.15) return { level: "high", words: `Fairly sure: the range is narrow.${checked}` };
  if (width <= 0.3) return { level: "medium", words: `A rough guide: more answers will narrow the range.${checked}` };
  return { level: "low", words: `Very unsure: the range is wide, so plan with its lower end.${checked}` };
}
