"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { signIn, signOut } from "@/lib/auth";
import { clientAddress } from "@/lib/client-address";
import { endCurrentSession } from "@/lib/data/account";
import { registerLearner } from "@/lib/data/users";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { registerSchema, signInSchema, type RegisterFields, type SignInFields } from "@/lib/validation/auth";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/validation/form-state";

const SIGN_IN_FAILED = "Incorrect email or password.";

export async function registerAction(_prev: FormState<RegisterFields>, formData: FormData): Promise<FormState<RegisterFields>> {
  const parsed = registerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf<RegisterFields>(parsed.error));
  const result = await registerLearner(parsed.data, clientAddress(await headers()));
  if (!result.ok) return invalid(result.fieldErrors, result.message);
  // Throws Next's redirect on success, which must propagate.
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/home?welcome=1" });
  return { status: "success" };
}

export async function signInAction(_prev: FormState<SignInFields>, formData: FormData): Promise<FormState<SignInFields>> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf<SignInFields>(parsed.error));
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(parsed.data.callbackUrl),
    });
    return { status: "success" };
  } catch (error) {
    if (error instanceof AuthError) {
      const limited = "code" in error && error.code === "rate_limited";
      return {
        status: "error",
        message: limited ? "Too many sign-in attempts. Wait a few minutes and try again." : SIGN_IN_FAILED,
      };
    }
    throw error;
  }
}

export async function signOutAction(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: "/" });
}
