// The Auth.js cookies, spelled out rather than left to defaults that follow
// each request's protocol: HttpOnly (no script reads them), SameSite=Lax
// (not sent on cross-site posts), and Secure with the __Secure- prefix
// (__Host- for the CSRF token) exactly when the site's address is https, so
// that http://localhost keeps working.
import type { NextAuthConfig } from "next-auth";

type CookieSettings = Pick<NextAuthConfig, "useSecureCookies" | "cookies">;

export function authCookies(authUrl: string | undefined): CookieSettings {
  const secure = authUrl ? new URL(authUrl).protocol === "https:" : false;
  const prefix = secure ? "__Secure-" : "";
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: `${prefix}authjs.session-token`, options },
      callbackUrl: { name: `${prefix}authjs.callback-url`, options },
      csrfToken: { name: `${secure ? "__Host-" : ""}authjs.csrf-token`, options },
    },
  };
}
