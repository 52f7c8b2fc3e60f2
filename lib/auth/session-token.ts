// Reads the session cookie Auth.js wrote, the way Auth.js reads it (a JWE with
// "dir" and A256CBC-HS512, its key derived by HKDF from AUTH_SECRET with the
// cookie name as salt), without its per-call costs: the key is derived once per
// process, and the token is not re-encrypted just to be thrown away (sessions
// do not slide; their limits live on the SignInSession row).
import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { authCookies } from "./cookies";

export type SessionClaims = { userId: string; sessionId: string; sessionVersion: number };

const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string, salt: string): Uint8Array {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
    keys.set(id, key);
  }
  return key;
}

/** The claims of a valid, unexpired session token, or null. */
export async function decodeSessionToken(token: string, secret: string, cookieName: string): Promise<SessionClaims | null> {
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret, cookieName), {
      clockTolerance: 15,
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256CBC-HS512"],
    });
    const { sub, sid, sv } = payload;
    return typeof sub === "string" && typeof sid === "string" && typeof sv === "number" ? { userId: sub, sessionId: sid, sessionVersion: sv } : null;
  } catch {
    return null;
  }
}

/** The signed-in person's session claims from this request's cookie (chunked or not), or null. */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  // Read the cookies first, whatever else is missing: that is what marks a page
  // reading the session as per-request, so the build never prerenders one.
  const jar = await cookies();
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const name = authCookies(env().AUTH_URL).cookies!.sessionToken!.name!;
  const whole = jar.get(name)?.value;
  const chunks = whole
    ? [whole]
    : jar
        .getAll()
        .filter((c) => c.name.startsWith(`${name}.`))
        .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)))
        .map((c) => c.value);
  return chunks.length ? decodeSessionToken(chunks.join(""), secret, name) : null;
}
