// Aggregate-only reporting: no group of fewer than 5 people may be seen, neither
// directly nor by subtracting the cells that are shown from a total that is.

export const MIN_GROUP = 5;

/** A count as HR may see it: the number, "fewer than 5", or hidden so a small cell beside it can't be worked out. */
export type Shown = { kind: "count"; value: number } | { kind: "fewer-than-5" } | { kind: "hidden" };

export const shownText = (s: Shown): string => (s.kind === "count" ? String(s.value) : s.kind === "fewer-than-5" ? "fewer than 5" : "hidden");

/**
 * One group split into cells that add up to its total (people per readiness
 * band, say). The total is shown only for a group of at least 5; cells of fewer
 * than 5 are suppressed, and while the suppressed cells together hold 1 to 4
 * people (so the total minus the shown cells would reveal a small group), the
 * smallest cell still shown is hidden too.
 */
export function suppressPartition(cells: readonly number[]): { cells: Shown[]; total: Shown } {
  const total = cells.reduce((s, c) => s + c, 0);
  if (total < MIN_GROUP) return { cells: cells.map(() => ({ kind: "fewer-than-5" })), total: { kind: "fewer-than-5" } };
  const out: Shown[] = cells.map((value) => (value < MIN_GROUP ? { kind: "fewer-than-5" } : { kind: "count", value }));
  const suppressedSum = () => cells.reduce((s, c, i) => s + (out[i]!.kind === "count" ? 0 : c), 0);
  for (;;) {
    const hiddenPeople = suppressedSum();
    if (hiddenPeople === 0 || hiddenPeople >= MIN_GROUP) break;
    const shown = cells.map((c, i) => ({ c, i })).filter(({ i }) => out[i]!.kind === "count");
    if (shown.length === 0) break;
    const smallest = shown.reduce((a, b) => (b.c < a.c ? b : a));
    out[smallest.i] = { kind: "hidden" };
  }
  return { cells: out, total: { kind: "count", value: total } };
}

/** A statistic (mean, median, hours) over a group: shown only when at least 5 people stand behind it. */
export function suppressStat<T>(people: number, value: T): T | null {
  return people >= MIN_GROUP ? value : null;
}
