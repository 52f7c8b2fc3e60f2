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

const CLOCK_TOLERANCE_S = 15;

// A session token is sent unchanged with every request of its session, so the
// claims of the ones seen lately are kept (by the whole token: the same bytes
// always decrypt to the same claims). Expiry is checked again on each use;
// whether the session still counts is the database's call, every time.
const recent = new Map<string, { claims: SessionClaims; exp: number }>();
const RECENT_MAX = 2_000;

function remember(id: string, entry: { claims: SessionClaims; exp: number }) {
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(id, entry);
}

/** The claims of a valid, unexpired session token, or null. */
export async function decodeSessionToken(token: string, secret: string, cookieName: string): Promise<SessionClaims | null> {
  const id = `${cookieName}\u0000${secret}\u0000${token}`;
  const seen = recent.get(id);
  if (seen) return seen.exp + CLOCK_TOLERANCE_S > Date.now() / 1000 ? seen.claims : null;
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret, cookieName), {
      clockTolerance: CLOCK_TOLERANCE_S,
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256CBC-HS512"],
    });
    const { sub, sid, sv, exp } = payload;
    if (typeof sub !== "string" || typeof sid !== "string" || typeof sv !== "number" || typeof exp !== "number") return null;
    const claims = { userId: sub, sessionId: sid, sessionVersion: sv };
    remember(id, { claims, exp });
    return claims;
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
