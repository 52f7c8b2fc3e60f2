import type { Evidence } from "./model";

/**
 * What identifies a learner's evidence up to a time (ms) for a memoised fit: how many
 * answers, their total credit and the latest. A new or regraded answer changes it.
 */
export function evidenceFingerprint(evidence: Evidence[], until = Infinity): string {
  let answers = 0;
  let credit = 0;
  let latest = 0;
  for (const e of evidence) {
    const at = e.at.getTime();
    if (at > until) continue;
    const n = e.count ?? 1;
    answers += n;
    credit += e.credit * n;
    latest = Math.max(latest, at);
  }
  return `${answers}|${credit.toFixed(3)}|${latest}`;
}
