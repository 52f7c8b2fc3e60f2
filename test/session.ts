// A stand-in for lib/auth in tests: the session is whatever the test says,
// per async context with runAs (for concurrent callers), else the last actAs.
import { AsyncLocalStorage } from "node:async_hooks";
import { vi } from "vitest";
import type { Role } from "@/lib/auth/roles";

type Session = { user: { id: string; role: Role; name: string; email: string } };
type Who = { id: string; role: Role; name?: string; email?: string };

let current: Session | null = null;
const scoped = new AsyncLocalStorage<Session>();
const toSession = (user: Who): Session => ({ user: { name: "", email: "", ...user } });

export function actAs(user: Who | null) {
  current = user && toSession(user);
}

export function runAs<T>(user: Who, fn: () => Promise<T>): Promise<T> {
  return scoped.run(toSession(user), fn);
}

export const authMock = {
  auth: vi.fn(async () => scoped.getStore() ?? current),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  handlers: {},
};
