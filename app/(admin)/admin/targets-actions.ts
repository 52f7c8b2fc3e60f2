"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action-client";
import { saveTargetRules } from "@/lib/data/targets/save-target-rules";
import { targetRulesSchema } from "@/lib/validation/targets";

export const saveTargetRulesAction = formAction({
  access: ["admin"] as const,
  schema: targetRulesSchema,
  run: async (input) => {
    const result = await saveTargetRules(input);
    if (!result.ok) return result;
    revalidatePath("/admin/targets");
    revalidatePath("/dashboard", "layout");
    return { ok: true, message: `${result.name}: saved.` };
  },
});
