"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { formAction } from "@/lib/actions/action-client";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { clientAddress } from "@/lib/client-address";
import { changeUserRole } from "@/lib/data/users/change-user-role";
import { changeRoleSchema } from "@/lib/validation/admin";

export const changeRoleAction = formAction({
  access: ["admin"],
  schema: changeRoleSchema,
  run: async (input) => {
    const result = await changeUserRole(input, clientAddress(await headers()));
    if (!result.ok) return result;
    revalidatePath("/admin/users");
    return { ok: true, message: `Saved: ${result.name} is now ${ROLE_LABELS[result.role]}.` };
  },
});
