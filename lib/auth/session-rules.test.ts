import { describe, expect, it } from "vitest";
import { needsTouch, sessionProblem, type SessionRow } from "./session-rules";

const now = new Date("2026-12-01T12:00:00Z");
const limits = { idleMinutes: 60, maxAgeHours: 12 };
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const token = { userId: "u1", sessionId: "s1", sessionVersion: 3 };
const row = (over: Partial<SessionRow> = {}, user: Partial<SessionRow["user"]> = {}): SessionRow => ({
  userId: "u1",
  createdAt: minutesAgo(90),
  lastSeenAt: minutesAgo(5),
  ...over,
  user: { sessionVersion: 3, disabledAt: null, ...user },
});

describe("sessionProblem", () => {
  it("accepts a live session", () => {
    expect(sessionProblem(token, row(), limits, now)).toBeNull();
  });

  it.each([
    ["ended", null],
    ["ended", row({ userId: "someone-else" })],
    ["signed-out-everywhere", row({}, { sessionVersion: 4 })],
    ["disabled", row({}, { disabledAt: minutesAgo(1) })],
    ["idle", row({ lastSeenAt: minutesAgo(61) })],
    ["expired", row({ createdAt: minutesAgo(12 * 60 + 1), lastSeenAt: minutesAgo(1) })],
  ] as const)("reports %s", (problem, r) => {
    expect(sessionProblem(token, r, limits, now)).toBe(problem);
  });

  it("keeps a session at the edge of its idle time", () => {
    expect(sessionProblem(token, row({ lastSeenAt: minutesAgo(60) }), limits, now)).toBeNull();
  });
});

describe("needsTouch", () => {
  it("writes lastSeenAt at most once a minute", () => {
    expect(needsTouch(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(needsTouch(minutesAgo(1), now)).toBe(true);
  });
});
