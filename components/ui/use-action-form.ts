"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { idleState, type FormState } from "@/lib/validation/form-state";

/**
 * useActionState for a plain form, without React's automatic reset after every
 * submission: a refused form keeps what the person typed. The form is cleared
 * only after a success, when `resetOnSuccess` is set. Without JavaScript the
 * form still posts to the action.
 */
export function useActionForm<F extends string, D = undefined>(
  action: (state: FormState<F, D>, data: FormData) => Promise<FormState<F, D>>,
  { resetOnSuccess = false }: { resetOnSuccess?: boolean } = {},
) {
  const [state, dispatch, pending] = useActionState(action, idleState<F, D>());
  const ref = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
  useEffect(() => {
    if (resetOnSuccess && state.status === "success") ref.current?.reset();
  }, [state, resetOnSuccess]);
  return { state, pending, formProps: { ref, action: dispatch, onSubmit } };
}
