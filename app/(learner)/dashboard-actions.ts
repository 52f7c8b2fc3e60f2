"use server";

import { revalidatePath } from "next/cache";
import { removeTarget, setTarget } from "@/lib/data/dashboard";
import { addHeldCertification, addPduEntry, deletePduEntry } from "@/lib/data/pdus";
import { requireViewer } from "@/lib/data/viewer";
import { heldSchema, pduEntrySchema, removeTargetSchema, targetSchema, type PduEntryFields, type TargetFields } from "@/lib/validation/dashboard";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/validation/form-state";

export async function setTargetAction(_prev: FormState<TargetFields>, formData: FormData): Promise<FormState<TargetFields>> {
  await requireViewer();
  const parsed = targetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf<TargetFields>(parsed.error));
  const result = await setTarget(parsed.data);
  if (!result.ok) return invalid({ [result.field]: result.error } as never, result.error);
  revalidatePath("/dashboard");
  return { status: "success", message: `${parsed.data.targetCode} added with your exam date.` };
}

export async function removeTargetAction(_prev: FormState<"targetCode">, formData: FormData): Promise<FormState<"targetCode">> {
  await requireViewer();
  const parsed = removeTargetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await removeTarget(parsed.data.targetCode);
  if (!result.ok) return invalid({ targetCode: result.error }, result.error);
  revalidatePath("/dashboard");
  return { status: "success", message: "Removed." };
}

export async function addHeldAction(_prev: FormState<"targetCode" | "earnedOn">, formData: FormData): Promise<FormState<"targetCode" | "earnedOn">> {
  await requireViewer();
  const parsed = heldSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const result = await addHeldCertification(parsed.data);
  if (!result.ok) return invalid({ [result.field]: result.error } as never, result.error);
  revalidatePath("/dashboard");
  revalidatePath("/dashboard/pdus");
  return { status: "success", message: "Renewal cycle started." };
}

export async function addPduAction(_prev: FormState<PduEntryFields>, formData: FormData): Promise<FormState<PduEntryFields>> {
  await requireViewer();
  const parsed = pduEntrySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf<PduEntryFields>(parsed.error));
  const result = await addPduEntry(parsed.data);
  if (!result.ok) return invalid({ [result.field]: result.error } as never, result.error);
  revalidatePath("/dashboard");
  revalidatePath("/dashboard/pdus");
  return { status: "success", message: "Activity logged." };
}

export async function deletePduAction(_prev: FormState<"id">, formData: FormData): Promise<FormState<"id">> {
  await requireViewer();
  const id = formData.get("id");
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return invalid({ id: "That entry does not exist." });
  const result = await deletePduEntry(id);
  if (!result.ok) return invalid({ id: result.error }, result.error);
  revalidatePath("/dashboard/pdus");
  revalidatePath("/dashboard");
  return { status: "success", message: "Entry deleted." };
}
