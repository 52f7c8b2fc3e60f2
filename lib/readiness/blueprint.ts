/** One exam domain of a blueprint and its share of the questions (0..1). */
export type BlueprintDomain = { code: string; name: string; weight: number };

/** An exam format in force from a date: length, timing, pass mark, breaks and domain weights. */
export type Blueprint = {
  id: string;
  targetId: string;
  name: string;
  effectiveFrom: Date;
  questionCount: number;
  scoredCount: number;
  minutes: number;
  passingPercent: number;
  sectionBreaks: number[];
  /** The breaks are assumed (the exam's owner has not published them yet). */
  sectionBreaksAssumed: boolean;
  breakMinutes: number;
  domains: BlueprintDomain[];
};

/** The blueprint in force on a date: the latest whose effective date is not after it. */
export function blueprintOn<T extends { effectiveFrom: Date }>(blueprints: T[], date: Date): T | null {
  return blueprints.filter((b) => b.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime())[0] ?? null;
}
