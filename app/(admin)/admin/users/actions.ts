"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/client-address";
import { changeUserRole } from "@/lib/data/users";
import { requireRole } from "@/lib/data/viewer";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { changeRoleSchema, type ChangeRoleInput } from "@/lib/validation/admin";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/validation/form-state";

type Fields = keyof ChangeRoleInput;

export async function changeRoleAction(_prev: FormState<Fields>, formData: FormData): Promise<FormState<Fields>> {
  await requireRole("admin");
  const parsed = changeRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(fieldErrorsOf<Fields>(parsed.error));
  const result = await changeUserRole(parsed.data, clientAddress(await headers()));
  if (!result.ok) return invalid(result.fieldErrors, Object.values(result.fieldErrors)[0]);
  revalidatePath("/admin/users");
  return { status: "success", message: `Saved: ${result.name} is now ${ROLE_LABELS[result.role]}.` };
}
