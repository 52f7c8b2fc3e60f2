import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/data/auth/authenticate";
import { clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { storageFailureOf } from "@/lib/storage-failure";
import { signInSchema } from "@/lib/validation/auth";
import { authConfig } from "./config";
import { authCookies } from "./cookies";

class TooManyAttempts extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  ...authCookies(env().AUTH_URL),
  secret: env().AUTH_SECRET,
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack
    // trace; a storage failure gets its one line from the action that answers.
    error(error) {
      if (error instanceof CredentialsSignin || storageFailureOf(error)) return;
      log.error({ err: error }, "Auth.js error");
    },
  },
  // The token's own expiry rolls forward as it is re-issued; the absolute limit
  // from sign-in is enforced on the session row (lib/auth/session-rules.ts).
  session: { strategy: "jwt", maxAge: env().SESSION_MAX_AGE_HOURS * 3600, updateAge: 3600 },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const context = { ip: clientAddress(request.headers), userAgent: request.headers.get("user-agent") };
        const result = await authenticate(parsed.data.email, parsed.data.password, context);
        if (result === "rate_limited") throw new TooManyAttempts();
        return result;
      },
    }),
  ],
}));
