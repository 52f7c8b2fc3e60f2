// Growing back-off per key (an account's email): every failure doubles the wait
// before the next attempt, up to a cap, so guessing slows to a crawl while the
// real owner is never locked out for longer than the cap. The rule is here;
// where the entries live is the caller's choice: `Backoff` keeps them in this
// process's memory, lib/data/rate-limit.ts in PostgreSQL for many instances.

export type BackoffOptions = {
  /** Failures allowed back to back before any wait, for typing mistakes. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseMs: number;
  capMs: number;
  /** A key with no failure for this long after its wait starts afresh. */
  forgetMs: number;
  now?: () => number;
};

/** A key's consecutive failures, and the moment before which it may not try again. */
export type BackoffEntry = { failures: number; notBefore: number };

export type BackoffDecision = { ok: true } | { ok: false; retryAfterMs: number };

/** The wait after the given number of consecutive failures. */
export function waitAfter(options: BackoffOptions, failures: number): number {
  const { freeFailures, baseMs, capMs } = options;
  if (failures <= freeFailures) return 0;
  return Math.min(baseMs * 2 ** (failures - freeFailures - 1), capMs);
}

/** When an entry stops mattering: a failure's wait is over and then `forgetMs` passed. */
export function forgottenAt(options: BackoffOptions, entry: BackoffEntry): number {
  return entry.notBefore + options.forgetMs;
}

/**
 * Claims an attempt for a key whose entry (undefined once forgotten) is `entry`. The attempt
 * counts as a failure from this moment (so attempts made in parallel cannot all pass before
 * any result is known) until the caller removes the entry on success. `entry` is what to
 * keep for the key afterwards.
 */
export function claimAttempt(options: BackoffOptions, entry: BackoffEntry | undefined, now: number): { decision: BackoffDecision; entry: BackoffEntry } {
  const live = entry && now <= forgottenAt(options, entry) ? entry : undefined;
  if (live && now < live.notBefore) return { decision: { ok: false, retryAfterMs: live.notBefore - now }, entry: live };
  const failures = (live?.failures ?? 0) + 1;
  return { decision: { ok: true }, entry: { failures, notBefore: now + waitAfter(options, failures) } };
}

const SWEEP_ABOVE = 10_000;

/** The back-off for one process: entries in memory. */
export class Backoff {
  private readonly entries = new Map<string, BackoffEntry>();
  private readonly now: () => number;

  constructor(private readonly options: BackoffOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  waitAfter(failures: number): number {
    return waitAfter(this.options, failures);
  }

  attempt(key: string): BackoffDecision {
    const now = this.now();
    this.sweep(now);
    const { decision, entry } = claimAttempt(this.options, this.entries.get(key), now);
    this.entries.set(key, entry);
    return decision;
  }

  /** The attempt was right: the key starts afresh. */
  succeeded(key: string): void {
    this.entries.delete(key);
  }

  // Someone trying many made-up emails must not grow the map without bound.
  private sweep(now: number) {
    if (this.entries.size < SWEEP_ABOVE) return;
    for (const [key, entry] of this.entries) if (now > forgottenAt(this.options, entry)) this.entries.delete(key);
  }
}
