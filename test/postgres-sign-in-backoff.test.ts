// On PostgreSQL the per-account sign-in back-off holds across instances: two copies of the
// sign-in limits module (as two app instances load it) count one account's failures together,
// where each process's own memory would give every instance the free tries again.
import { Client } from "pg";
import { describe, expect, inject, it, vi } from "vitest";
import { ACCOUNT_BACKOFF } from "@/lib/auth/sign-in-allowances";

type Limits = typeof import("@/lib/data/auth/sign-in-limits");

async function instance(): Promise<Limits> {
  vi.resetModules();
  return import("@/lib/data/auth/sign-in-limits");
}

const wrong = async () => null;
const right = async () => "signed in" as const;

describe.runIf(inject("postgres"))("the sign-in back-off on PostgreSQL", () => {
  it("counts one account's failures across instances", async () => {
    const [a, b] = [await instance(), await instance()];
    const results = [];
    // Each try from its own address, so only the per-account back-off can refuse.
    for (let i = 0; i < 2 * (ACCOUNT_BACKOFF.freeFailures + 1); i++) {
      results.push(await (i % 2 ? b : a).withinLimits("shared@example.com", `10.0.20.${i}`, wrong));
    }
    expect(results.filter((r) => r === null)).toHaveLength(ACCOUNT_BACKOFF.freeFailures + 1);
    expect(results.slice(ACCOUNT_BACKOFF.freeFailures + 1).every((r) => r === "rate_limited")).toBe(true);
  });

  it("starts the account afresh on every instance after a success on one, once the wait is over", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const [a, b] = [await instance(), await instance()];
      for (let i = 0; i < ACCOUNT_BACKOFF.freeFailures + 1; i++) await a.withinLimits("owner@example.com", "10.0.21.1", wrong);
      expect(await b.withinLimits("owner@example.com", "10.0.21.2", right)).toBe("rate_limited");
      vi.setSystemTime(Date.now() + ACCOUNT_BACKOFF.baseMs);
      expect(await b.withinLimits("owner@example.com", "10.0.21.2", right)).toBe("signed in");
      for (let i = 0; i < ACCOUNT_BACKOFF.freeFailures; i++) expect(await a.withinLimits("owner@example.com", "10.0.21.1", wrong)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps a key of any length within the table's", async () => {
    const a = await instance();
    expect(await a.withinLimits(`${"x".repeat(300)}@example.com`, "10.0.22.1", wrong)).toBeNull();
  });

  // A database that refuses writes once answered "too many sign-in attempts" (e2e/storage-failure.spec.ts).
  it("lets a failing store's error through instead of calling it a limit", async () => {
    const a = await instance();
    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    await db.query(`ALTER TABLE "RateLimit" RENAME TO "RateLimitAway"`);
    try {
      await expect(a.withinLimits("store@example.com", "10.0.23.1", right)).rejects.toThrow(/"RateLimit"/);
    } finally {
      await db.query(`ALTER TABLE "RateLimitAway" RENAME TO "RateLimit"`);
      await db.end();
    }
  });
});
