"use client";

import { useActionState } from "react";
import { idleState, type FormState } from "@/lib/validation/form-state";
import { Button } from "./button";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** Hidden fields the action reads (the row's id). */
  fields?: Record<string, string>;
  label: string;
  /** The button's name for screen readers, when the visible label alone is ambiguous in a list. */
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "ghost" | "danger";
  testId?: string;
};

/** One button that posts a few hidden fields to an action and says how it went beside it. */
export function ActionButton({ action, fields = {}, label, ariaLabel, variant = "secondary", testId }: Props) {
  const [state, dispatch, pending] = useActionState(action, idleState());
  return (
    <form action={dispatch} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} className="px-3 py-1.5" disabled={pending} aria-label={ariaLabel} data-testid={testId}>
        {label}
      </Button>
      <span aria-live="polite" className={`text-sm ${state.status === "error" ? "text-red-700 dark:text-red-400" : "text-brand-700 dark:text-emerald-300"}`}>
        {state.status !== "idle" && state.message}
      </span>
    </form>
  );
}
