import { afterEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { testDb } from "@/test/helpers";
import { authenticate } from "./authenticate";
import { ACCOUNT_BACKOFF, ATTEMPTS_PER_ADDRESS } from "@/lib/auth/sign-in-allowances";

async function userWithPassword(email: string, password: string) {
  return testDb.user.create({ data: { name: "Sam", email, passwordHash: await hashPassword(password) }, select: { id: true } });
}

const from = (ip: string) => ({ ip, userAgent: "Mozilla/5.0 (test)" });

afterEach(() => {
  vi.useRealTimers();
});

describe("authenticate", () => {
  it("returns the user with a new sign-in session for the right password, and nothing otherwise", async () => {
    const { id } = await userWithPassword("sam@example.com", "amber kettle drift");
    const result = await authenticate("sam@example.com", "amber kettle drift", from("10.0.0.1"));
    expect(result).toMatchObject({ id, role: "learner", sessionVersion: 0, sessionId: expect.any(String) });
    const sessionId = (result as { sessionId: string }).sessionId;
    expect(await testDb.signInSession.findUnique({ where: { id: sessionId } })).toMatchObject({ userId: id, ip: "10.0.0.1", userAgent: "Mozilla/5.0 (test)" });
    expect(await testDb.auditEvent.findFirst({ where: { action: "auth.sign-in", subjectId: sessionId } })).toMatchObject({ actorId: id, actorEmail: "sam@example.com", ip: "10.0.0.1" });

    expect(await authenticate("sam@example.com", "amber kettle drifts", from("10.0.0.1"))).toBeNull();
    expect(await authenticate("nobody@example.com", "amber kettle drift", from("10.0.0.1"))).toBeNull();
  });

  it("records a failed sign-in with the email tried and the address, never the password", async () => {
    await authenticate("ghost@example.com", "a guess at the password", from("192.0.2.44"));
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "auth.sign-in-failed", ip: "192.0.2.44" } });
    expect(event.actorId).toBeNull();
    expect(JSON.parse(event.detail)).toEqual({ email: "ghost@example.com", reason: "unknown-email" });
    expect(event.detail).not.toContain("a guess");
  });

  it("verifies only a few of 20 wrong guesses sent at once for one account", async () => {
    await userWithPassword("parallel@example.com", "violet harbour engine");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => authenticate("parallel@example.com", `guess ${i} of many`, from(`10.0.3.${i}`))));
    const verified = results.filter((r) => r === null).length;
    expect(verified).toBeLessThanOrEqual(ACCOUNT_BACKOFF.freeFailures + 1);
    expect(results.filter((r) => r === "rate_limited").length).toBe(20 - verified);
  });

  it("verifies no more than the address's allowance of guesses sent at once over many accounts", async () => {
    const count = ATTEMPTS_PER_ADDRESS + 10;
    const results = await Promise.all(Array.from({ length: count }, (_, i) => authenticate(`spray-${i}@example.com`, "Summer2026!", from("10.0.4.1"))));
    expect(results.filter((r) => r === null).length).toBeLessThanOrEqual(ATTEMPTS_PER_ADDRESS);
    expect(results.filter((r) => r === "rate_limited").length).toBeGreaterThanOrEqual(10);
  });

  it("slows guessing down with a growing wait, then lets the owner in: no lock-out", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await userWithPassword("target@example.com", "cobalt meadow sings");
    for (let i = 0; i < ACCOUNT_BACKOFF.freeFailures + 1; i++) {
      expect(await authenticate("target@example.com", `guess number ${i}`, from(`10.0.1.${i}`))).toBeNull();
    }
    // A wait of 1 s now stands before the next attempt, even with the right password.
    expect(await authenticate("target@example.com", "cobalt meadow sings", from("10.0.2.1"))).toBe("rate_limited");
    vi.setSystemTime(Date.now() + ACCOUNT_BACKOFF.baseMs);
    expect(await authenticate("target@example.com", "guess number 9", from("10.0.1.9"))).toBeNull();
    // The wait doubled: 1 s is not enough any more, 2 s is.
    vi.setSystemTime(Date.now() + ACCOUNT_BACKOFF.baseMs);
    expect(await authenticate("target@example.com", "cobalt meadow sings", from("10.0.2.1"))).toBe("rate_limited");
    vi.setSystemTime(Date.now() + ACCOUNT_BACKOFF.baseMs);
    expect(await authenticate("target@example.com", "cobalt meadow sings", from("10.0.2.1"))).toMatchObject({ email: "target@example.com" });
    // A success starts the account afresh.
    expect(await authenticate("target@example.com", "one more typo", from("10.0.2.1"))).toBeNull();
    expect(await authenticate("target@example.com", "cobalt meadow sings", from("10.0.2.1"))).toMatchObject({ email: "target@example.com" });
  });

  it("never waits longer than the cap", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await userWithPassword("capped@example.com", "silver lantern orbit");
    for (let i = 0; i < 20; i++) {
      await authenticate("capped@example.com", `guess ${i}`, from(`10.0.5.${i}`));
      vi.setSystemTime(Date.now() + ACCOUNT_BACKOFF.capMs);
    }
    expect(await authenticate("capped@example.com", "silver lantern orbit", from("10.0.6.1"))).toMatchObject({ email: "capped@example.com" });
  });

  it("refuses a disabled account, even with the right password", async () => {
    const { id } = await userWithPassword("gone@example.com", "granite willow piano");
    await testDb.user.update({ where: { id }, data: { disabledAt: new Date() } });
    expect(await authenticate("gone@example.com", "granite willow piano", from("10.0.7.1"))).toBeNull();
    expect(await testDb.signInSession.count({ where: { userId: id } })).toBe(0);
  });

  it("clears the account's sessions that are over when it signs in again", async () => {
    const { id } = await userWithPassword("tidy@example.com", "maple orbit canyon");
    const old = await testDb.signInSession.create({ data: { userId: id, lastSeenAt: new Date(Date.now() - 2 * 86_400_000) } });
    await authenticate("tidy@example.com", "maple orbit canyon", from("10.0.8.1"));
    expect(await testDb.signInSession.findUnique({ where: { id: old.id } })).toBeNull();
  });
});
