import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { decodeSessionToken } from "./session-token";

const secret = "a-test-secret-a-test-secret-0123456789";
const cookie = "authjs.session-token";
const claims = { sub: "user-1", sid: "session-1", sv: 3, role: "learner" };

describe("decodeSessionToken", () => {
  it("reads what Auth.js wrote", async () => {
    const token = await encode({ token: claims, secret, salt: cookie });
    expect(await decodeSessionToken(token, secret, cookie)).toEqual({ userId: "user-1", sessionId: "session-1", sessionVersion: 3 });
  });

  it("stops accepting a token it has already read once the token expires", async () => {
    const token = await encode({ token: claims, secret, salt: cookie, maxAge: 1 });
    expect(await decodeSessionToken(token, secret, cookie)).not.toBeNull();
    vi.useFakeTimers({ now: Date.now() + 20_000 });
    try {
      expect(await decodeSessionToken(token, secret, cookie)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ["another secret", async () => encode({ token: claims, secret: `${secret}x`, salt: cookie })],
    ["another cookie's salt", async () => encode({ token: claims, secret, salt: `__Secure-${cookie}` })],
    ["an expired token", async () => encode({ token: claims, secret, salt: cookie, maxAge: -60 })],
    ["a token without the session claims", async () => encode({ token: { sub: "user-1" }, secret, salt: cookie })],
    ["a tampered token", async () => `${(await encode({ token: claims, secret, salt: cookie })).slice(0, -4)}AAAA`],
    ["garbage", async () => "not.a.token.at.all"],
  ])("refuses %s", async (_name, make) => {
    expect(await decodeSessionToken(await make(), secret, cookie)).toBeNull();
  });
});
