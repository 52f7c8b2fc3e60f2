import "@/lib/validation/zod-config";
import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-limits";
import { personName } from "./person-name";

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }))
  .transform((v) => v.toLowerCase());

export const registerSchema = z.object({
  name: personName,
  email,
  password: z
    .string({ error: "Choose a password." })
    .min(1, "Choose a password.")
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});
export type RegisterInput = z.input<typeof registerSchema>;
export type RegisterFields = keyof RegisterInput;

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX, "Incorrect email or password."),
  callbackUrl: z.string().max(2000).optional(),
});
export type SignInInput = z.input<typeof signInSchema>;
export type SignInFields = keyof SignInInput;
