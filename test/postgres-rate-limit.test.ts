// On PostgreSQL a limit holds across instances: two limiters (as two app instances would build)
// count in the one shared table, where in-memory limiters would each allow the full number.
import { describe, expect, inject, it } from "vitest";
import { rateLimiter } from "@/lib/data/rate-limit";

describe.runIf(inject("postgres"))("rate limits on PostgreSQL", () => {
  it("count one client's tries across instances", async () => {
    const limits = { keyPrefix: `test-${process.pid}`, points: 3, duration: 60 };
    const [first, second] = [rateLimiter(limits), rateLimiter(limits)];
    const allowed = async (limiter: typeof first) => limiter.consume("10.0.0.1").then(() => true, () => false);
    expect([await allowed(first), await allowed(second), await allowed(first)]).toEqual([true, true, true]);
    expect(await allowed(second)).toBe(false);
    expect(await allowed(first)).toBe(false);
  });
});
