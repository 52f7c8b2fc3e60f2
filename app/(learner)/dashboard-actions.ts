"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action-client";
import { removeTarget } from "@/lib/data/dashboard/remove-target";
import { setTarget } from "@/lib/data/dashboard/set-target";
import { addHeldCertification } from "@/lib/data/pdus/add-held-certification";
import { addPduEntry } from "@/lib/data/pdus/add-pdu-entry";
import { deletePduEntry } from "@/lib/data/pdus/delete-pdu-entry";
import { setDesiredRetention } from "@/lib/data/review/set-desired-retention";
import { heldSchema, pduEntryIdSchema, pduEntrySchema, removeTargetSchema, retentionSchema, targetSchema } from "@/lib/validation/dashboard";

function revalidateLedger() {
  revalidatePath("/dashboard");
  revalidatePath("/dashboard/pdus");
}

export const setTargetAction = formAction({
  access: "signed-in",
  schema: targetSchema,
  run: async (input) => {
    const result = await setTarget(input);
    if (!result.ok) return result;
    revalidatePath("/dashboard");
    return { ok: true, message: `${input.targetCode} added with your exam date.` };
  },
});

export const setRetentionAction = formAction({
  access: "signed-in",
  schema: retentionSchema,
  run: async ({ desiredRetention }) => {
    await setDesiredRetention(desiredRetention);
    revalidatePath("/dashboard");
    revalidatePath("/review");
    return { ok: true, message: `Reviews now aim for ${Math.round(desiredRetention * 100)}% recall on exam day.` };
  },
});

export const removeTargetAction = formAction({
  access: "signed-in",
  schema: removeTargetSchema,
  run: async ({ targetCode }) => {
    const result = await removeTarget(targetCode);
    if (!result.ok) return result;
    revalidatePath("/dashboard");
    return { ok: true, message: "Removed." };
  },
});

export const addHeldAction = formAction({
  access: "signed-in",
  schema: heldSchema,
  run: async (input) => {
    const result = await addHeldCertification(input);
    if (!result.ok) return result;
    revalidateLedger();
    return { ok: true, message: "Renewal cycle started." };
  },
});

export const addPduAction = formAction({
  access: "signed-in",
  schema: pduEntrySchema,
  run: async (input) => {
    const result = await addPduEntry(input);
    if (!result.ok) return result;
    revalidateLedger();
    return { ok: true, message: "Activity logged." };
  },
});

export const deletePduAction = formAction({
  access: "signed-in",
  schema: pduEntryIdSchema,
  run: async ({ id }) => {
    const result = await deletePduEntry(id);
    if (!result.ok) return result;
    revalidateLedger();
    return { ok: true, message: "Entry deleted." };
  },
});
