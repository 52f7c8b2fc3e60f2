// Exam formats to start from (public prep material; admins can correct them).
// Passing marks are not published for PMP and CAPM: 65% is the platform's
// conservative estimate, shown as such. ASQ publishes only a scaled pass mark
// (550 of 750), not the raw share behind it: 70% is the platform's estimate.
import type { Blueprint } from "../lib/readiness/blueprint";

/**
 * A blueprint as shipped: it names its target and gives its effective date as
 * YYYY-MM-DD. `shippedFrom` lists dates it was once shipped with by mistake: a
 * database still holding it there has it moved to `effectiveFrom` on import.
 */
type Optional = "format" | "sectionBreaksAssumed" | "openBook" | "scaledPass" | "scaledMax";
export type BlueprintSeed = Omit<Blueprint, "id" | "targetId" | "effectiveFrom" | Optional> &
  Partial<Pick<Blueprint, Optional>> & {
    target: string;
    effectiveFrom: string;
    shippedFrom?: string[];
  };

/**
 * Blueprints once shipped that no longer describe any exam: importing deletes
 * a row still at this target, format, date and name. Attempts keep their own
 * copy of what they were drawn with, so nothing else refers to the row.
 */
export const RETIRED_BLUEPRINTS: readonly { target: string; format: string; effectiveFrom: string; name: string }[] = [
  // Green Belt was one format mixing ASQ's and IASSC's; it is now one blueprint for each.
  { target: "LSSGB", format: "", effectiveFrom: "2022-01-01", name: "Green Belt (IASSC/ASQ style)" },
];

export const BLUEPRINTS: BlueprintSeed[] = [
  {
    target: "PMP",
    name: "PMP Exam Content Outline 2021",
    effectiveFrom: "2021-01-02",
    questionCount: 180,
    scoredCount: 175,
    minutes: 230,
    passingPercent: 65,
    sectionBreaks: [60, 120],
    breakMinutes: 10,
    domains: [
      { code: "people", name: "People", weight: 0.42 },
      { code: "process", name: "Process", weight: 0.5 },
      { code: "business-environment", name: "Business Environment", weight: 0.08 },
    ],
  },
  {
    target: "PMP",
    name: "PMP Exam Content Outline, July 2026",
    // PMI's new exam starts on 9 July 2026; it was shipped as 1 July at first.
    effectiveFrom: "2026-07-09",
    shippedFrom: ["2026-07-01"],
    questionCount: 185,
    scoredCount: 175,
    minutes: 240,
    passingPercent: 65,
    // PMI has not published where the breaks fall: a third of the questions each, as in the 2021 exam.
    sectionBreaks: [62, 124],
    sectionBreaksAssumed: true,
    breakMinutes: 10,
    domains: [
      { code: "people", name: "People", weight: 0.33 },
      { code: "process", name: "Process", weight: 0.41 },
      { code: "business-environment", name: "Business Environment", weight: 0.26 },
    ],
  },
  {
    target: "CAPM",
    name: "CAPM Exam Content Outline 2023",
    effectiveFrom: "2023-01-01",
    questionCount: 150,
    scoredCount: 135,
    minutes: 180,
    passingPercent: 65,
    sectionBreaks: [75],
    breakMinutes: 10,
    domains: [
      { code: "fundamentals", name: "Project Management Fundamentals and Core Concepts", weight: 0.36 },
      { code: "predictive", name: "Predictive, Plan-Based Methodologies", weight: 0.17 },
      { code: "agile", name: "Agile Frameworks/Methodologies", weight: 0.2 },
      { code: "business-analysis", name: "Business Analysis Frameworks", weight: 0.27 },
    ],
  },
  {
    // The two Green Belt formats share the LSSGB bank: IASSC's draws no Overview items.
    target: "LSSGB",
    format: "asq-cssgb",
    name: "ASQ Certified Six Sigma Green Belt (CSSGB)",
    effectiveFrom: "2022-01-01",
    questionCount: 110,
    scoredCount: 100,
    // 4 hours 18 minutes.
    minutes: 258,
    passingPercent: 70,
    sectionBreaks: [],
    breakMinutes: 0,
    openBook: true,
    scaledPass: 550,
    scaledMax: 750,
    // The Body of Knowledge's questions per section, out of 100 scored.
    domains: [
      { code: "overview", name: "Overview: Six Sigma and the Organisation", weight: 0.11 },
      { code: "define", name: "Define", weight: 0.2 },
      { code: "measure", name: "Measure", weight: 0.2 },
      { code: "analyze", name: "Analyze", weight: 0.18 },
      { code: "improve", name: "Improve", weight: 0.16 },
      { code: "control", name: "Control", weight: 0.15 },
    ],
  },
  {
    target: "LSSGB",
    format: "iassc",
    name: "IASSC Certified Lean Six Sigma Green Belt",
    effectiveFrom: "2022-01-01",
    questionCount: 100,
    scoredCount: 100,
    minutes: 180,
    passingPercent: 70,
    sectionBreaks: [],
    breakMinutes: 0,
    openBook: false,
    // IASSC publishes no weights per phase and has no Overview section: these
    // are the ASQ Body of Knowledge's shares of the five phases, rescaled to 100%.
    domains: [
      { code: "define", name: "Define", weight: 0.2247 },
      { code: "measure", name: "Measure", weight: 0.2247 },
      { code: "analyze", name: "Analyze", weight: 0.2022 },
      { code: "improve", name: "Improve", weight: 0.1798 },
      { code: "control", name: "Control", weight: 0.1686 },
    ],
  },
  {
    target: "LEAN",
    name: "Kaizen Lean Practitioner",
    effectiveFrom: "2026-01-01",
    questionCount: 60,
    scoredCount: 60,
    minutes: 90,
    passingPercent: 70,
    sectionBreaks: [],
    breakMinutes: 0,
    domains: [
      { code: "value-and-waste", name: "Value and Waste", weight: 0.25 },
      { code: "flow-and-pull", name: "Flow and Pull", weight: 0.25 },
      { code: "standard-work-5s", name: "Standard Work and 5S", weight: 0.2 },
      { code: "kaizen", name: "Kaizen", weight: 0.15 },
      { code: "lean-metrics", name: "Lean Metrics", weight: 0.15 },
    ],
  },
  {
    target: "EI",
    name: "Kaizen Emotional Intelligence Certificate",
    effectiveFrom: "2026-01-01",
    questionCount: 50,
    scoredCount: 50,
    minutes: 75,
    passingPercent: 70,
    sectionBreaks: [],
    breakMinutes: 0,
    domains: [
      { code: "self-awareness", name: "Self-Awareness", weight: 0.25 },
      { code: "self-management", name: "Self-Management", weight: 0.25 },
      { code: "social-awareness", name: "Social Awareness", weight: 0.25 },
      { code: "relationship-management", name: "Relationship Management", weight: 0.25 },
    ],
  },
];

/**
 * Each target's formats, with their domain weights in the format's newest
 * shipped blueprint: the shares its exam bank is held to, format by format.
 */
export function latestWeights(): Map<string, { format: string; domains: { code: string; weight: number }[] }[]> {
  const newest = new Map<string, BlueprintSeed>();
  for (const b of BLUEPRINTS) {
    const key = `${b.target} ${b.format ?? ""}`;
    if ((newest.get(key)?.effectiveFrom ?? "") < b.effectiveFrom) newest.set(key, b);
  }
  const out = new Map<string, { format: string; domains: { code: string; weight: number }[] }[]>();
  for (const b of newest.values()) {
    out.set(b.target, [...(out.get(b.target) ?? []), { format: b.format ?? "", domains: b.domains.map((d) => ({ code: d.code, weight: d.weight })) }]);
  }
  return out;
}
