// Which members HR should look at first, and why: a predicted pass probability
// under 0.6 at the exam date, or no study in the last 14 days.

export const PASS_THRESHOLD = 0.6;
export const INACTIVE_DAYS = 14;
const DAY = 86_400_000;

export type RiskReason = { code: "pass-probability"; probability: number } | { code: "inactive"; days: number | null };

export type RiskInput = {
  /** Predicted at the exam date with the evidence so far; null when the member has no assigned exam. */
  examPassProbability: number | null;
  /** The last answer, completed lesson or review; null when they never studied. */
  lastStudyAt: Date | null;
  now: Date;
};

export function atRiskReasons({ examPassProbability, lastStudyAt, now }: RiskInput): RiskReason[] {
  const reasons: RiskReason[] = [];
  if (examPassProbability !== null && examPassProbability < PASS_THRESHOLD) reasons.push({ code: "pass-probability", probability: examPassProbability });
  const idle = lastStudyAt ? Math.floor((now.getTime() - lastStudyAt.getTime()) / DAY) : null;
  if (idle === null || idle >= INACTIVE_DAYS) reasons.push({ code: "inactive", days: idle });
  return reasons;
}

export function describeRisk(reason: RiskReason): string {
  if (reason.code === "pass-probability") return `pass chance at the exam ${Math.round(reason.probability * 100)}% (under ${PASS_THRESHOLD * 100}%)`;
  return reason.days === null ? "not studied yet" : `no study in ${reason.days} days`;
}
