// Optimistic redirect to sign-in for signed-in areas. It only looks for a
// session cookie: no decoding, no database, and no re-issued cookie (the
// Auth.js wrapper refreshed the cookie on every request, and a prefetch still
// in flight at sign-out could then sign the person back in). Pages, actions
// and the data layer do the real checks.
import { NextResponse, type NextRequest } from "next/server";
import { needsSignIn } from "@/lib/auth/config";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  if (!hasSession && needsSignIn(request.nextUrl.pathname)) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/home/:path*", "/learn/:path*", "/search/:path*", "/practice/:path*", "/exams/:path*", "/review/:path*", "/dashboard/:path*", "/certificates/:path*", "/admin/:path*"],
};
