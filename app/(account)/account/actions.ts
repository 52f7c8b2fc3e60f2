"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { signOut } from "@/lib/auth";
import { clientAddress } from "@/lib/client-address";
import { changePassword, endSession, signOutEverywhere } from "@/lib/data/account";
import { requireViewer } from "@/lib/data/viewer";
import { changePasswordSchema, endSessionSchema, type ChangePasswordFields, type EndSessionFields } from "@/lib/validation/account";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/validation/form-state";

export async function changePasswordAction(_prev: FormState<ChangePasswordFields>, formData: FormData): Promise<FormState<ChangePasswordFields>> {
  await requireViewer();
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf<ChangePasswordFields>(parsed.error));
  const result = await changePassword(parsed.data, clientAddress(await headers()));
  if (!result.ok) return invalid(result.fieldErrors, result.message);
  revalidatePath("/account");
  const ended = result.sessionsEnded === 1 ? "1 other session was" : `${result.sessionsEnded} other sessions were`;
  return { status: "success", message: `Password changed. ${ended} signed out.` };
}

export async function endSessionAction(_prev: FormState<EndSessionFields>, formData: FormData): Promise<FormState<EndSessionFields>> {
  await requireViewer();
  const parsed = endSessionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf<EndSessionFields>(parsed.error));
  const result = await endSession(parsed.data, clientAddress(await headers()));
  if (!result.ok) return invalid(result.fieldErrors, Object.values(result.fieldErrors)[0]);
  revalidatePath("/account");
  return { status: "success", message: "Signed out." };
}

export async function signOutEverywhereAction(): Promise<void> {
  await requireViewer();
  await signOutEverywhere(clientAddress(await headers()));
  await signOut({ redirectTo: "/sign-in" });
}
