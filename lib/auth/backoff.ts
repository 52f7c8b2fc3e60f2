// Growing back-off per key (an account's email): every failure doubles the wait
// before the next attempt, up to a cap, so guessing slows to a crawl while the
// real owner is never locked out for longer than the cap. In memory: with
// several app instances, each counts on its own.

export type BackoffOptions = {
  /** Failures allowed back to back before any wait, for typing mistakes. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseMs: number;
  capMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetMs: number;
  now?: () => number;
};

type Entry = { failures: number; notBefore: number; lastAt: number };

export type BackoffDecision = { ok: true } | { ok: false; retryAfterMs: number };

const SWEEP_ABOVE = 10_000;

export class Backoff {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: BackoffOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  /** The wait after the given number of consecutive failures. */
  waitAfter(failures: number): number {
    const { freeFailures, baseMs, capMs } = this.options;
    if (failures <= freeFailures) return 0;
    return Math.min(baseMs * 2 ** (failures - freeFailures - 1), capMs);
  }

  /**
   * Claims an attempt for the key. The attempt counts as a failure from this
   * moment (so attempts made in parallel cannot all pass before any result is
   * known) until `succeeded` gives it back.
   */
  attempt(key: string): BackoffDecision {
    const now = this.now();
    this.sweep(now);
    const entry = this.live(key, now);
    if (entry && now < entry.notBefore) return { ok: false, retryAfterMs: entry.notBefore - now };
    const failures = (entry?.failures ?? 0) + 1;
    this.entries.set(key, { failures, notBefore: now + this.waitAfter(failures), lastAt: now });
    return { ok: true };
  }

  /** The attempt was right: the key starts afresh. */
  succeeded(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && now - Math.max(entry.lastAt, entry.notBefore) > this.options.forgetMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  // Someone trying many made-up emails must not grow the map without bound.
  private sweep(now: number) {
    if (this.entries.size < SWEEP_ABOVE) return;
    for (const key of this.entries.keys()) this.live(key, now);
  }
}
