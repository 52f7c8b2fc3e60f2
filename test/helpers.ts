import { expect } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { testDb } from "./db";
import { actAs } from "./session";

export { testDb };

let counter = 0;
export async function createUser(role: Role, name = `${role} ${++counter}`) {
  return testDb.user.create({
    data: { name, email: `${role}-${counter}-${Date.now()}@test.example`, role, passwordHash: null },
    select: { id: true, name: true, email: true, role: true },
  });
}

export async function signInAs(role: Role) {
  const user = await createUser(role);
  actAs(user);
  return user;
}

export function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

/** Next's redirect(), notFound() and forbidden() throw errors that carry a digest. */
export async function expectInterrupt(promise: Promise<unknown>, digest: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(error, "expected the call to be interrupted").not.toBeNull();
  expect(error?.digest ?? "").toMatch(digest);
}

export const FORBIDDEN = /NEXT_HTTP_ERROR_FALLBACK;403/;
export const TO_SIGN_IN = /NEXT_REDIRECT;.*\/sign-in/;
