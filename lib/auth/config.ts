// The part of the Auth.js configuration that needs no database, shared by the
// full configuration (lib/auth/index.ts) and proxy.ts.
import type { NextAuthConfig } from "next-auth";
import { isRole } from "./roles";

const SIGNED_IN_AREAS = ["/home", "/learn", "/search", "/practice", "/exams", "/review", "/dashboard", "/certificates", "/admin", "/studio", "/hr", "/join"];

export function needsSignIn(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt" },
  trustHost: true,
  providers: [],
  callbacks: {
    // The sign-in session and the account's session version travel in the
    // token; lib/data/viewer.ts checks both against the database on every request.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        if (isRole(user.role)) token.role = user.role;
        token.sid = user.sessionId;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (isRole(token.role)) session.user.role = token.role;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      if (typeof token.sv === "number") session.sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
