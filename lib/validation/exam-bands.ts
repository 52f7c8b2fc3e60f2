// The exam report's bands, without zod: the dashboard's result form reads them in the
// browser, where evaluating the schemas would put zod in the page and probe for eval,
// which the content security policy refuses.

/** PMI's performance bands, best first; the exam report gives one per domain. */
export const EXAM_BANDS = [
  { value: "above-target", label: "Above Target" },
  { value: "target", label: "Target" },
  { value: "below-target", label: "Below Target" },
  { value: "needs-improvement", label: "Needs Improvement" },
] as const;
export type ExamBand = (typeof EXAM_BANDS)[number]["value"];

/** Targets whose exam report gives a band per domain (PMI's); the others report pass or fail only. */
export const BANDED_TARGETS: readonly string[] = ["PMP", "CAPM"];
export const reportsBands = (code: string) => BANDED_TARGETS.includes(code);
