const DAY = 86_400_000;
const WEEK = 7 * DAY;
// 1970-01-01 was a Thursday: weeks end on Mondays at 00:00 UTC.
const MONDAY = 4 * DAY;

/** Points of a readiness trend: this many weeks back, now included. */
export const WEEKS = 8;

/**
 * The trend's points: the ends of the last `weeks - 1` whole weeks (Monday
 * 00:00 UTC), then now. A past point is fixed all week, so its readiness, which
 * sees only the evidence up to it, stays the same from one day to the next and
 * can be kept (the learner's dashboard and HR's member models both do).
 */
export function weekDates(now: Date, weeks = WEEKS): Date[] {
  let lastEnd = now.getTime() - ((((now.getTime() - MONDAY) % WEEK) + WEEK) % WEEK);
  if (lastEnd === now.getTime()) lastEnd -= WEEK;
  return [...Array.from({ length: weeks - 1 }, (_, i) => new Date(lastEnd - (weeks - 2 - i) * WEEK)), now];
}
