import "@/lib/validation/zod-config";
import { z } from "zod";
import { PASSWORD_MAX } from "@/lib/auth/password-limits";
import { registerSchema } from "./auth";

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password.")
      .max(PASSWORD_MAX, "That is not your current password."),
    // The same rules as at registration; the server adds the common-password check.
    newPassword: registerSchema.shape.password,
    confirmPassword: z.string({ error: "Type the new password again." }).min(1, "Type the new password again."),
  })
  .refine((v) => v.confirmPassword === v.newPassword, { path: ["confirmPassword"], message: "The two new passwords differ." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from your current one." });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
export type ChangePasswordFields = keyof ChangePasswordInput;

export const endSessionSchema = z.object({
  sessionId: z.string({ error: "Choose a session." }).trim().min(1, "Choose a session.").max(64, "That session has already ended."),
});
export type EndSessionFields = keyof z.input<typeof endSessionSchema>;
