import { describe, expect, it } from "vitest";
import { authCookies } from "./cookies";

describe("authCookies", () => {
  it("marks every cookie HttpOnly and SameSite=Lax, Secure and prefixed on https", () => {
    const { useSecureCookies, cookies } = authCookies("https://academy.example.com");
    expect(useSecureCookies).toBe(true);
    expect(cookies?.sessionToken).toEqual({ name: "__Secure-authjs.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    expect(cookies?.callbackUrl?.name).toBe("__Secure-authjs.callback-url");
    expect(cookies?.csrfToken?.name).toBe("__Host-authjs.csrf-token");
    for (const cookie of Object.values(cookies ?? {})) expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
  });

  it.each([undefined, "http://localhost:3000"])("keeps plain names without Secure for %s, so http://localhost works", (url) => {
    const { useSecureCookies, cookies } = authCookies(url);
    expect(useSecureCookies).toBe(false);
    expect(cookies?.sessionToken).toEqual({ name: "authjs.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
    expect(cookies?.csrfToken?.name).toBe("authjs.csrf-token");
  });
});
