// The one way the data layer reports an expected failure: a message for the
// form and, where one field is at fault, the message beside that field.
import type { FieldErrors } from "@/lib/validation/form-state";

export type Failure<F extends string = string> = { ok: false; message: string; fieldErrors?: FieldErrors<F> };

/** Success carries its own fields (`{ ok: true, attemptId }`); failure is always a Failure. */
export type Result<T extends object = object, F extends string = string> = ({ ok: true } & T) | Failure<F>;

/** A failure, shown beside `field` when given, else above the form. */
export function fail<F extends string = string>(message: string, field?: F): Failure<F> {
  return field ? { ok: false, message, fieldErrors: { [field]: message } as FieldErrors<F> } : { ok: false, message };
}

/** A failure with a message per field; the form's message is the first one unless given. */
export function failFields<F extends string>(fieldErrors: FieldErrors<F>, message?: string): Failure<F> {
  return { ok: false, message: message ?? Object.values<string | undefined>(fieldErrors).find(Boolean) ?? "Please check the form.", fieldErrors };
}
