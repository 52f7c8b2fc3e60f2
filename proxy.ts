// Runs before every page. Three jobs, all without a database:
// 1. The security headers that change per response: a content security policy
//    with a fresh nonce (Next.js reads it from the request header set here and
//    puts it on its scripts), and HSTS when the site is served over https.
// 2. An optimistic redirect to sign-in for signed-in areas. It only looks for a
//    session cookie: no decoding, no database, and no re-issued cookie (the
//    Auth.js wrapper refreshed the cookie on every request, and a prefetch still
//    in flight at sign-out could then sign the person back in). Pages, actions
//    and the data layer do the real checks.
// 3. A request id (lib/request-id.ts) on the request, for the server's log
//    lines, and on the response.
// Then a visitor without a session cookie asking for the landing, catalog or a
// course page is rewritten (next.config.mjs) to a rendered copy of it that gets
// this response's nonce (lib/public-page-cache.ts).
import { NextResponse, type NextRequest } from "next/server";
import { needsSignIn } from "@/lib/auth/config";
import { env } from "@/lib/env";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  const https = env().AUTH_URL?.startsWith("https:") ?? false;
  const requestId = requestIdFrom(request.headers);
  const response = signInFirst(request) ?? withPolicy(request, https, requestId);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

function signInFirst(request: NextRequest): NextResponse | null {
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  if (hasSession || !needsSignIn(request.nextUrl.pathname)) return null;
  const signIn = new URL("/sign-in", request.nextUrl.origin);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

function withPolicy(request: NextRequest, https: boolean, requestId: string): NextResponse {
  const csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Every page and route handler; not the build's static files or the icon.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|txt|xml)$).*)" }],
};
