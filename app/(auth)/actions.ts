"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import "@/lib/validation/zod-config";
import { z } from "zod";
import { formAction, navigateAction } from "@/lib/actions/action-client";
import { signIn, signOut } from "@/lib/auth";
import { clientAddress } from "@/lib/client-address";
import { endCurrentSession } from "@/lib/data/account/end-current-session";
import { fail } from "@/lib/data/result";
import { registerLearner } from "@/lib/data/users/register-learner";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { storageFailureOf } from "@/lib/storage-failure";
import { registerSchema, signInSchema } from "@/lib/validation/auth";

export const registerAction = formAction({
  access: "anyone",
  schema: registerSchema,
  run: async (input) => {
    const result = await registerLearner(input, clientAddress(await headers()));
    if (!result.ok) return result;
    // Throws Next's redirect on success, which must propagate.
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/home?welcome=1" });
    return { ok: true };
  },
});

export const signInAction = formAction({
  access: "anyone",
  schema: signInSchema,
  run: async ({ email, password, callbackUrl }) => {
    try {
      await signIn("credentials", { email, password, redirectTo: safeCallbackPath(callbackUrl) });
      return { ok: true };
    } catch (error) {
      // A database that takes no writes cannot record a sign-in: that is not a wrong password.
      if (!(error instanceof AuthError) || storageFailureOf(error)) throw error;
      const limited = "code" in error && error.code === "rate_limited";
      return fail(limited ? "Too many sign-in attempts. Wait a few minutes and try again." : "Incorrect email or password.");
    }
  },
});

export const signOutAction = navigateAction({
  access: "signed-in",
  schema: z.object({}),
  run: async () => {
    await endCurrentSession();
    await signOut({ redirectTo: "/" });
  },
});
