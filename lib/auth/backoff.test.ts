import { describe, expect, it } from "vitest";
import { Backoff } from "./backoff";

function clocked(options: Partial<ConstructorParameters<typeof Backoff>[0]> = {}) {
  let now = 1_000_000;
  const backoff = new Backoff({ freeFailures: 2, baseMs: 1000, capMs: 60_000, forgetMs: 3_600_000, now: () => now, ...options });
  return { backoff, advance: (ms: number) => (now += ms) };
}

describe("Backoff", () => {
  it("lets a few mistakes through, then doubles the wait after each failure up to the cap", () => {
    const { backoff } = clocked();
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => backoff.waitAfter(n))).toEqual([0, 0, 1000, 2000, 4000, 8000, 16_000, 32_000, 60_000]);
    expect(backoff.waitAfter(500)).toBe(60_000);
  });

  it("refuses attempts inside the wait and says how long is left", () => {
    const { backoff, advance } = clocked();
    expect(backoff.attempt("a")).toEqual({ ok: true });
    expect(backoff.attempt("a")).toEqual({ ok: true });
    expect(backoff.attempt("a")).toEqual({ ok: true });
    expect(backoff.attempt("a")).toEqual({ ok: false, retryAfterMs: 1000 });
    advance(999);
    expect(backoff.attempt("a")).toEqual({ ok: false, retryAfterMs: 1 });
    advance(1);
    expect(backoff.attempt("a")).toEqual({ ok: true });
    expect(backoff.attempt("a")).toEqual({ ok: false, retryAfterMs: 2000 });
  });

  it("counts an attempt as a failure until it succeeds, so parallel attempts cannot all pass", () => {
    const { backoff } = clocked();
    const decisions = Array.from({ length: 20 }, () => backoff.attempt("a"));
    expect(decisions.filter((d) => d.ok)).toHaveLength(3);
  });

  it("starts afresh after a success, and keeps keys apart", () => {
    const { backoff } = clocked();
    for (let i = 0; i < 3; i++) backoff.attempt("a");
    expect(backoff.attempt("a").ok).toBe(false);
    expect(backoff.attempt("b").ok).toBe(true);
    backoff.succeeded("a");
    expect(backoff.attempt("a").ok).toBe(true);
  });

  it("never waits longer than the cap: an attacker cannot lock the owner out for good", () => {
    const { backoff, advance } = clocked();
    for (let i = 0; i < 50; i++) {
      const decision = backoff.attempt("a");
      if (!decision.ok) {
        expect(decision.retryAfterMs).toBeLessThanOrEqual(60_000);
        advance(decision.retryAfterMs);
      }
    }
    advance(60_000);
    expect(backoff.attempt("a").ok).toBe(true);
  });

  it("forgets old failures", () => {
    const { backoff, advance } = clocked();
    for (let i = 0; i < 3; i++) backoff.attempt("a");
    advance(3_600_000 + 1001);
    expect(backoff.attempt("a").ok).toBe(true);
    expect(backoff.attempt("a").ok).toBe(true);
  });
});
