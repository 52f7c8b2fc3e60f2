import "@/lib/validation/zod-config";
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const changeRoleSchema = z.object({
  userId: z.string({ error: "Choose a user." }).trim().min(1, "Choose a user.").max(64, "Unknown user."),
  role: z.enum(ROLES, { error: "Choose one of: learner, instructor, hr, admin." }),
});
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
