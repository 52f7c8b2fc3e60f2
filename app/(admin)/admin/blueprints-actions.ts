"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action-client";
import { saveBlueprint } from "@/lib/data/blueprints/save-blueprint";
import { blueprintInput, blueprintSchema } from "@/lib/validation/blueprint";

export const saveBlueprintAction = formAction({
  access: ["admin"],
  schema: blueprintSchema,
  fromForm: blueprintInput,
  run: async (input) => {
    const result = await saveBlueprint(input);
    if (!result.ok) return result;
    revalidatePath("/admin/blueprints");
    revalidatePath("/exams");
    revalidatePath("/dashboard");
    return { ok: true, message: input.blueprintId ? "Blueprint saved." : "Blueprint added." };
  },
});
