// On PostgreSQL a limit holds across instances: two limiters (as two app instances would build)
// count in the one shared table, where in-memory limiters would each allow the full number.
// The table keeps a row per address and email seen, so the writes also clear rows long expired.
import { Client, type Pool } from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { rateLimiter } from "@/lib/data/rate-limit";

const DAY = 24 * 60 * 60 * 1000;

describe.runIf(inject("postgres"))("rate limits on PostgreSQL", () => {
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  async function insert(rows: [key: string, expire: number | null][]) {
    for (const [key, expire] of rows) await db.query(`INSERT INTO "RateLimit" (key, points, expire) VALUES ($1, 1, $2)`, [key, expire]);
  }
  async function keys(prefix: string): Promise<string[]> {
    const { rows } = await db.query<{ key: string }>(`SELECT key FROM "RateLimit" WHERE starts_with(key, $1) ORDER BY key`, [prefix]);
    return rows.map((r) => r.key);
  }
  // The module's sweep is due once per process; a fresh copy is a process that has not swept yet.
  async function freshModule(): Promise<typeof import("@/lib/data/rate-limit")> {
    vi.resetModules();
    return import("@/lib/data/rate-limit");
  }

  beforeEach(() => db.query(`DELETE FROM "RateLimit"`));

  it("count one client's tries across instances", async () => {
    const limits = { keyPrefix: `test-${process.pid}`, points: 3, duration: 60 };
    const [first, second] = [rateLimiter(limits), rateLimiter(limits)];
    const allowed = async (limiter: typeof first) => limiter.consume("10.0.0.1").then(() => true, () => false);
    expect([await allowed(first), await allowed(second), await allowed(first)]).toEqual([true, true, true]);
    expect(await allowed(second)).toBe(false);
    expect(await allowed(first)).toBe(false);
  });

  it("sweep only rows expired more than a day ago, a bounded batch at a time", async () => {
    const { sweepExpiredLimits } = await freshModule();
    const now = Date.now();
    await insert([
      ["old:1", now - 2 * DAY],
      ["old:2", now - DAY - 1000],
      ["old:3", now - 30 * DAY],
      ["recent:expired", now - DAY + 60_000],
      ["recent:live", now + 60_000],
      ["recent:forever", null],
    ]);
    expect(await sweepExpiredLimits(now, 2)).toBe(2);
    expect(await sweepExpiredLimits(now, 2)).toBe(1);
    expect(await sweepExpiredLimits(now, 2)).toBe(0);
    expect(await keys("old:")).toEqual([]);
    expect(await keys("recent:")).toEqual(["recent:expired", "recent:forever", "recent:live"]);
  });

  it("clear long-expired rows when a limiter counts, without making it wait", async () => {
    const { rateLimiter: fresh } = await freshModule();
    await insert([
      ["signin-ip:10.0.0.9", Date.now() - 3 * DAY],
      ["comment:someone", Date.now() - 2 * DAY],
    ]);
    await fresh({ keyPrefix: "register", points: 3, duration: 3600 }).consume("10.0.0.2");
    await expect.poll(() => keys("signin-ip:")).toEqual([]);
    expect(await keys("comment:")).toEqual([]);
    expect(await keys("register:")).toEqual(["register:10.0.0.2"]);
  });

  it("clear long-expired rows when a back-off claims an attempt", async () => {
    const { backoff } = await freshModule();
    await insert([["signin-account:gone", Date.now() - 2 * DAY]]);
    const decision = await backoff("signin-account", { freeFailures: 1, baseMs: 1000, capMs: 60_000, forgetMs: DAY }).attempt("someone@example.com");
    expect(decision).toEqual({ ok: true });
    await expect.poll(() => keys("signin-account:")).toHaveLength(1);
    expect(await keys("signin-account:gone")).toEqual([]);
  });

  // The process would die of an uncaught "error" event, which fails the run.
  it("keep counting after the server ends an idle connection", async () => {
    const limiter = rateLimiter({ keyPrefix: `idle-${process.pid}`, points: 5, duration: 60 });
    await limiter.consume("10.0.0.3");
    const limitPool = (globalThis as { kaizenLimitPool?: Pool }).kaizenLimitPool!;
    const { rows } = await limitPool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const before = limitPool.totalCount;
    await db.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
    await expect.poll(() => limitPool.totalCount).toBe(before - 1);
    expect((await limiter.consume("10.0.0.3")).consumedPoints).toBe(2);
  });
});
