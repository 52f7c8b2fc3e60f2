"use server";

import { revalidatePath } from "next/cache";
import { saveBlueprint } from "@/lib/data/blueprints";
import { requireRole } from "@/lib/data/viewer";
import { blueprintInput, blueprintSchema, type BlueprintFields } from "@/lib/validation/blueprint";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/validation/form-state";

export async function saveBlueprintAction(_prev: FormState<BlueprintFields>, formData: FormData): Promise<FormState<BlueprintFields>> {
  await requireRole("admin");
  const parsed = blueprintSchema.safeParse(blueprintInput(formData));
  if (!parsed.success) return invalid(fieldErrorsOf<BlueprintFields>(parsed.error));
  const result = await saveBlueprint(parsed.data);
  if (!result.ok) return invalid({ [result.field]: result.error } as never, result.error);
  revalidatePath("/admin/blueprints");
  revalidatePath("/exams");
  revalidatePath("/dashboard");
  return { status: "success", message: parsed.data.blueprintId ? "Blueprint saved." : "Blueprint added." };
}
