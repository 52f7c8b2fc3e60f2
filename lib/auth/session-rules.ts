// When a signed-in session stops counting. Pure, so the rules are tested on
// their own; lib/data/viewer.ts applies them to the session row on every request.

export type SessionLimits = { idleMinutes: number; maxAgeHours: number };

/** lastSeenAt is written at most this often, not on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

export type TokenClaims = { userId: string; sessionId: string; sessionVersion: number };

export type SessionRow = {
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  user: { sessionVersion: number; disabledAt: Date | null };
};

export type SessionProblem = "ended" | "signed-out-everywhere" | "disabled" | "idle" | "expired";

/** Why a token no longer signs anyone in, or null while it does. */
export function sessionProblem(token: TokenClaims, row: SessionRow | null, limits: SessionLimits, now: Date): SessionProblem | null {
  if (!row || row.userId !== token.userId) return "ended";
  if (row.user.sessionVersion !== token.sessionVersion) return "signed-out-everywhere";
  if (row.user.disabledAt) return "disabled";
  const { idleBefore, startedBefore } = sessionCutoffs(limits, now);
  if (row.createdAt < startedBefore) return "expired";
  if (row.lastSeenAt < idleBefore) return "idle";
  return null;
}

/** Sessions last seen before idleBefore, or started before startedBefore, are over. */
export function sessionCutoffs(limits: SessionLimits, now: Date): { idleBefore: Date; startedBefore: Date } {
  return {
    idleBefore: new Date(now.getTime() - limits.idleMinutes * 60_000),
    startedBefore: new Date(now.getTime() - limits.maxAgeHours * 3_600_000),
  };
}

export function needsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}
