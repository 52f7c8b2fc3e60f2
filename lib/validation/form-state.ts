// The state every server action returns: forms read it through useActionState,
// client code that calls an action directly reads the same shape.
import type { z } from "zod";

export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

export type FormState<F extends string = string, D = undefined> = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: FieldErrors<F>;
  /** What a successful action hands back to code that called it directly (quiz feedback, say). */
  data?: D;
};

/** The state before the form is first submitted. */
export function idleState<F extends string, D = undefined>(): FormState<F, D> {
  return { status: "idle" };
}

/** The first message per field, keyed by the field's path. */
export function fieldErrorsOf<F extends string>(error: z.ZodError): FieldErrors<F> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out as FieldErrors<F>;
}

export function invalid<F extends string>(fieldErrors: FieldErrors<F>, message = "Please correct the highlighted fields."): FormState<F> {
  return { status: "error", message, fieldErrors };
}
