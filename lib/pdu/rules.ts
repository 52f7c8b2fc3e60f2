// Certification renewal rules (PMI's continuing certification requirements),
// checked and explained for one cycle. The rules themselves are rows of the
// certification targets; these functions take one as a parameter.

// Giving Back has a kind of its own, "working as a practitioner", because PMI
// caps it separately (within the Giving Back cap).
export const PDU_CATEGORIES = ["ways-of-working", "power-skills", "business-acumen", "giving-back", "practitioner"] as const;
export type PduCategory = (typeof PDU_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<PduCategory, string> = {
  "ways-of-working": "Ways of Working",
  "power-skills": "Power Skills",
  "business-acumen": "Business Acumen",
  "giving-back": "Giving Back",
  practitioner: "Giving Back: working as a practitioner",
};
/** The Education areas: the categories a course's track can earn PDUs in. */
export const TALENT_TRIANGLE = ["ways-of-working", "power-skills", "business-acumen"] as const;
const GIVING_BACK: readonly PduCategory[] = ["giving-back", "practitioner"];

export type RenewalRule = {
  total: number;
  minEducation: number;
  maxGivingBack: number;
  /** At most this many Giving Back PDUs for working as a practitioner; no cap of its own when absent. */
  maxPractitioner?: number;
  minPerTriangleArea: number;
  cycleYears: number;
};

export type PduItem = { hours: number; category: PduCategory; date: Date };

export type RenewalStatus = {
  cycleStart: Date;
  cycleEnd: Date;
  education: number;
  /** Every Giving Back PDU logged, working as a practitioner included. */
  givingBack: number;
  givingBackCounted: number;
  practitioner: number;
  practitionerCounted: number;
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
  const practitioner = sum((i) => i.category === "practitioner");
  const practitionerCounted = Math.min(practitioner, rule.maxPractitioner ?? practitioner);
  const givingBack = sum((i) => GIVING_BACK.includes(i.category));
  const givingBackCounted = round(Math.min(givingBack - practitioner + practitionerCounted, rule.maxGivingBack));
  const counted = round(education + givingBackCounted);

  const shortfalls: string[] = [];
  if (counted < rule.total) shortfalls.push(`${round(rule.total - counted)} more PDUs to reach ${rule.total}.`);
  if (education < rule.minEducation) shortfalls.push(`${round(rule.minEducation - education)} more Education PDUs (at least ${rule.minEducation}).`);
  for (const area of TALENT_TRIANGLE) {
    if (perArea[area] < rule.minPerTriangleArea) {
      shortfalls.push(`${round(rule.minPerTriangleArea - perArea[area])} more in ${CATEGORY_LABELS[area]} (at least ${rule.minPerTriangleArea}).`);
    }
  }
  if (practitioner > practitionerCounted) {
    shortfalls.push(`Only ${practitionerCounted} PDUs for working as a practitioner count; ${round(practitioner - practitionerCounted)} above that do not.`);
  }
  const givingBackClaimed = round(givingBack - practitioner + practitionerCounted);
  if (givingBackClaimed > rule.maxGivingBack) shortfalls.push(`Only ${rule.maxGivingBack} Giving Back PDUs count; ${round(givingBackClaimed - rule.maxGivingBack)} above that do not.`);
  const met = counted >= rule.total && education >= rule.minEducation && TALENT_TRIANGLE.every((a) => perArea[a] >= rule.minPerTriangleArea);
  return { cycleStart: start, cycleEnd: end, education, givingBack, givingBackCounted, practitioner, practitionerCounted, perArea, counted, met, shortfalls: met ? shortfalls.filter((s) => s.startsWith("Only")) : shortfalls };
}
