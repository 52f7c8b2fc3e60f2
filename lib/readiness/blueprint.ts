/** One exam domain of a blueprint and its share of the questions (0..1). */
export type BlueprintDomain = { code: string; name: string; weight: number };

/**
 * An exam format in force from a date: length, timing, pass mark, breaks and
 * domain weights. A target with several formats at once (Green Belt: ASQ and
 * IASSC) has a blueprint per format, all drawing on the target's one bank.
 */
export type Blueprint = {
  id: string;
  targetId: string;
  /** "" for a target's only format. */
  format: string;
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
  openBook: boolean;
  /** Where the exam reports a scaled score: the score that passes and the top of the scale. */
  scaledPass: number | null;
  scaledMax: number | null;
  domains: BlueprintDomain[];
};

type Dated = { effectiveFrom: Date; format?: string };

/**
 * The blueprint in force on a date: the latest whose effective date is not
 * after it. Of several formats in force at once, the first by format code: the
 * one readiness is estimated against.
 */
export function blueprintOn<T extends Dated>(blueprints: T[], date: Date): T | null {
  return blueprintsOn(blueprints, date)[0] ?? null;
}

/** Every format's blueprint in force on a date, by format code. */
export function blueprintsOn<T extends Dated>(blueprints: T[], date: Date): T[] {
  const latest = new Map<string, T>();
  for (const b of blueprints) {
    const format = b.format ?? "";
    const current = latest.get(format);
    if (b.effectiveFrom <= date && (!current || current.effectiveFrom < b.effectiveFrom)) latest.set(format, b);
  }
  return [...latest].sort(([a], [b]) => a.localeCompare(b)).map(([, b]) => b);
}
