// Certification renewal rules (PMI's continuing certification requirements),
// checked and explained for one cycle. The rules themselves are rows of the
// certification targets; these functions take one as a parameter.

export const PDU_CATEGORIES = ["ways-of-working", "power-skills", "business-acumen", "giving-back"] as const;
export type PduCategory = (typeof PDU_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<PduCategory, string> = {
  "ways-of-working": "Ways of Working",
  "power-skills": "Power Skills",
  "business-acumen": "Business Acumen",
  "giving-back": "Giving Back",
};
const TALENT_TRIANGLE = ["ways-of-working", "power-skills", "business-acumen"] as const;

export type RenewalRule = { total: number; minEducation: number; maxGivingBack: number; minPerTriangleArea: number; cycleYears: number };

export type PduItem = { hours: number; category: PduCategory; date: Date };

export type RenewalStatus = {
  cycleStart: Date;
  cycleEnd: Date;
  education: number;
  givingBack: number;
  givingBackCounted: number;
  perArea: Record<(typeof TALENT_TRIANGLE)[number], number>;
  counted: number;
  met: boolean;
  /** What is still missing, in words; empty when the rule is met. */
  shortfalls: string[];
};

const round = (n: number) => Math.round(n * 100) / 100;

export function cycleOf(earnedOn: Date, years: number): { start: Date; end: Date } {
  const end = new Date(earnedOn);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return { start: earnedOn, end };
}

export function checkRenewal(rule: RenewalRule, earnedOn: Date, items: PduItem[]): RenewalStatus {
  const { start, end } = cycleOf(earnedOn, rule.cycleYears);
  const inCycle = items.filter((i) => i.date >= start && i.date < end && i.hours > 0);
  const sum = (pick: (i: PduItem) => boolean) => round(inCycle.filter(pick).reduce((s, i) => s + i.hours, 0));
  const perArea = Object.fromEntries(TALENT_TRIANGLE.map((a) => [a, sum((i) => i.category === a)])) as RenewalStatus["perArea"];
  const education = round(TALENT_TRIANGLE.reduce((s, a) => s + perArea[a], 0));
  const givingBack = sum((i) => i.category === "giving-back");
  const givingBackCounted = Math.min(givingBack, rule.maxGivingBack);
  const counted = round(education + givingBackCounted);

  const shortfalls: string[] = [];
  if (counted < rule.total) shortfalls.push(`${round(rule.total - counted)} more PDUs to reach ${rule.total}.`);
  if (education < rule.minEducation) shortfalls.push(`${round(rule.minEducation - education)} more Education PDUs (at least ${rule.minEducation}).`);
  for (const area of TALENT_TRIANGLE) {
    if (perArea[area] < rule.minPerTriangleArea) {
      shortfalls.push(`${round(rule.minPerTriangleArea - perArea[area])} more in ${CATEGORY_LABELS[area]} (at least ${rule.minPerTriangleArea}).`);
    }
  }
  if (givingBack > rule.maxGivingBack) shortfalls.push(`Only ${rule.maxGivingBack} Giving Back PDUs count; ${round(givingBack - rule.maxGivingBack)} above that do not.`);
  const met = counted >= rule.total && education >= rule.minEducation && TALENT_TRIANGLE.every((a) => perArea[a] >= rule.minPerTriangleArea);
  return { cycleStart: start, cycleEnd: end, education, givingBack, givingBackCounted, perArea, counted, met, shortfalls: met ? shortfalls.filter((s) => s.startsWith("Only")) : shortfalls };
}
