// A stand-in for lib/auth in tests: the session is whatever the test says.
import { vi } from "vitest";
import type { Role } from "@/lib/auth/roles";

let current: { user: { id: string; role: Role; name: string; email: string } } | null = null;

export function actAs(user: { id: string; role: Role; name?: string; email?: string } | null) {
  current = user && { user: { name: "", email: "", ...user } };
}

export const authMock = {
  auth: vi.fn(async () => current),
  signIn: vi.fn(async () => undefined),
  signOut: vi.fn(async () => undefined),
  handlers: {},
};
