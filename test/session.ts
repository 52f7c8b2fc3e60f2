// A stand-in for lib/auth in tests: the session is whatever the test says,
// per async context with runAs (for concurrent callers), else the last actAs.
// Like a real sign-in, a session gets a SignInSession row and the account's
// session version, unless the test names its own (a stale or revoked token).
import { AsyncLocalStorage } from "node:async_hooks";
import { vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { testDb } from "./db";

type Session = { user: { id: string; role: Role; name: string; email: string }; sessionId?: string; sessionVersion?: number };
type Who = { id: string; role: Role; name?: string; email?: string; sessionId?: string; sessionVersion?: number };

let current: Session | null = null;
const scoped = new AsyncLocalStorage<Session>();
const toSession = ({ sessionId, sessionVersion, ...user }: Who): Session => ({ user: { name: "", email: "", ...user }, sessionId, sessionVersion });

export function actAs(user: Who | null) {
  current = user && toSession(user);
}

export function runAs<T>(user: Who, fn: () => Promise<T>): Promise<T> {
  return scoped.run(toSession(user), fn);
}

async function signedIn(session: Session): Promise<Session> {
  if (session.sessionId !== undefined) return session;
  const account = await testDb.user.findUnique({ where: { id: session.user.id }, select: { sessionVersion: true } });
  if (!account) return { ...session, sessionId: "no-such-session", sessionVersion: 0 };
  const row = await testDb.signInSession.create({ data: { userId: session.user.id, ip: "10.0.0.1", userAgent: "vitest" }, select: { id: true } });
  session.sessionId = row.id;
  session.sessionVersion = account.sessionVersion;
  return session;
}

export const authMock = {
  auth: vi.fn(async () => {
    const session = scoped.getStore() ?? current;
    return session && signedIn(session);
  }),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  handlers: {},
};

/** The session the code under test sees now, with its SignInSession id. */
export async function currentSession(): Promise<Session | null> {
  return authMock.auth();
}

/** What the session cookie would carry for the session the test set up. */
export async function sessionClaims() {
  const session = await authMock.auth();
  return session && { userId: session.user.id, sessionId: session.sessionId!, sessionVersion: session.sessionVersion! };
}
