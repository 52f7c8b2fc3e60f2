// Exam formats to start from (public prep material; admins can correct them).
// Passing marks are not published for PMP and CAPM: 65% is the platform's
// conservative estimate, shown as such.
import type { Blueprint } from "../lib/readiness/blueprint";

/**
 * A blueprint as shipped: it names its target and gives its effective date as
 * YYYY-MM-DD. `shippedFrom` lists dates it was once shipped with by mistake: a
 * database still holding it there has it moved to `effectiveFrom` on import.
 */
export type BlueprintSeed = Omit<Blueprint, "id" | "targetId" | "effectiveFrom" | "sectionBreaksAssumed"> & {
  target: string;
  effectiveFrom: string;
  sectionBreaksAssumed?: boolean;
  shippedFrom?: string[];
};

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
    target: "LSSGB",
    name: "Green Belt (IASSC/ASQ style)",
    effectiveFrom: "2022-01-01",
    questionCount: 100,
    scoredCount: 100,
    minutes: 180,
    passingPercent: 70,
    sectionBreaks: [],
    breakMinutes: 0,
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

/** Each target's domain weights in its newest shipped blueprint: the shares its exam bank is held to. */
export function latestWeights(): Map<string, { code: string; weight: number }[]> {
  const newest = new Map<string, BlueprintSeed>();
  for (const b of BLUEPRINTS) if ((newest.get(b.target)?.effectiveFrom ?? "") < b.effectiveFrom) newest.set(b.target, b);
  return new Map([...newest].map(([target, b]) => [target, b.domains.map((d) => ({ code: d.code, weight: d.weight }))]));
}
