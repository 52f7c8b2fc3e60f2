"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/form-state";

/**
 * A form whose fields are plain server-rendered controls: the action's
 * field messages appear under the form, each named by its field's label.
 */
export function SimpleForm({
  action,
  submit,
  children,
  labels = {},
  className = "",
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submit: string;
  children: ReactNode;
  labels?: Record<string, string>;
  className?: string;
}) {
  const { state, pending, formProps } = useActionForm<string>(action, { resetOnSuccess: true });
  const errors = Object.entries(state.fieldErrors ?? {});
  return (
    <form {...formProps} className={`space-y-3 ${className}`}>
      {children}
      <Button type="submit" disabled={pending}>
        {submit}
      </Button>
      <FormMessage status={state.status} message={state.message} />
      {errors.length > 1 && (
        <ul className="list-disc pl-5 text-sm text-red-800 dark:text-red-300">
          {errors.map(([field, message]) => (
            <li key={field}>
              {labels[field] ?? field}: {message}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
