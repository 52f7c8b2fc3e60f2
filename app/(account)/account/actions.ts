"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import "@/lib/validation/zod-config";
import { z } from "zod";
import { formAction, navigateAction } from "@/lib/actions/action-client";
import { signOut } from "@/lib/auth";
import { clientAddress } from "@/lib/client-address";
import { changePassword } from "@/lib/data/account/change-password";
import { endSession } from "@/lib/data/account/end-session";
import { signOutEverywhere } from "@/lib/data/account/sign-out-everywhere";
import { changePasswordSchema, endSessionSchema } from "@/lib/validation/account";

export const changePasswordAction = formAction({
  access: "signed-in",
  schema: changePasswordSchema,
  run: async (input) => {
    const result = await changePassword(input, clientAddress(await headers()));
    if (!result.ok) return result;
    revalidatePath("/account");
    const ended = result.sessionsEnded === 1 ? "1 other session was" : `${result.sessionsEnded} other sessions were`;
    return { ok: true, message: `Password changed. ${ended} signed out.` };
  },
});

export const endSessionAction = formAction({
  access: "signed-in",
  schema: endSessionSchema,
  run: async (input) => {
    const result = await endSession(input, clientAddress(await headers()));
    if (!result.ok) return result;
    revalidatePath("/account");
    return { ok: true, message: "Signed out." };
  },
});

export const signOutEverywhereAction = navigateAction({
  access: "signed-in",
  schema: z.object({}),
  run: async () => {
    await signOutEverywhere(clientAddress(await headers()));
    await signOut({ redirectTo: "/sign-in" });
  },
});
