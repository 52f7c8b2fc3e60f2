"use client";

import { startTransition, useActionState, useRef, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import { idleState, type FormState } from "@/lib/validation/form-state";

/**
 * Ties a react-hook-form (client-side checks with the shared zod schema) to a
 * server action run through useActionState. Without JavaScript the form still
 * posts to the action, which validates again with the same schema.
 */
export function useValidatedAction<T extends FieldValues, Parsed = T, D = undefined>(
  action: (state: FormState<Path<T> & string, D>, data: FormData) => Promise<FormState<Path<T> & string, D>>,
  /** The shared schema's resolver; `Parsed` is what the schema makes of the fields (numbers from text, say). */
  resolver: Resolver<T, unknown, Parsed>,
  defaultValues?: DefaultValues<T>,
) {
  const [state, formAction, pending] = useActionState(action, idleState<Path<T> & string, D>());
  const form = useForm<T, unknown, Parsed>({ resolver, defaultValues, mode: "onTouched" });
  const formRef = useRef<HTMLFormElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.handleSubmit(() => {
      startTransition(() => formAction(new FormData(formRef.current!)));
    })(event);
  };

  /** The client's message for a field, else the server's. */
  const errorFor = (name: Path<T> & string): string | undefined =>
    (form.formState.errors[name]?.message as string | undefined) ?? state.fieldErrors?.[name];

  return { state, pending, form, formRef, formAction, onSubmit, errorFor };
}
