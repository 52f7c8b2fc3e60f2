// Optimistic redirect to sign-in for signed-in areas: reads the session cookie
// only, no database. Pages, actions and the data layer do the real checks.
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig, needsSignIn } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

export const proxy = auth((request) => {
  if (!request.auth && needsSignIn(request.nextUrl.pathname)) {
    const signIn = new URL("/sign-in", request.nextUrl.origin);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/home/:path*", "/learn/:path*", "/search/:path*", "/practice/:path*", "/exams/:path*", "/review/:path*", "/dashboard/:path*", "/certificates/:path*", "/admin/:path*"],
};
