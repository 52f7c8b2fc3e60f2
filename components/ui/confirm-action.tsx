"use client";

import { useId, useRef, type ReactNode } from "react";
import type { FormState } from "@/lib/validation/form-state";
import { Button } from "./button";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

type Props<F extends string> = {
  action: (state: FormState<F>, data: FormData) => Promise<FormState<F>>;
  /** Hidden fields the action reads (the row's id). */
  fields: Record<string, string>;
  trigger: { label: string; ariaLabel?: string; className: string };
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** Called after a success, once the dialog has closed: the place to move the focus to. */
  onConfirmed?: () => void;
};

/**
 * A button that opens a modal confirm step before an action that cannot be
 * undone. A native dialog: focus moves into it (to Cancel), Escape and Cancel
 * close it and focus returns to the button. A refusal is shown in the dialog.
 */
export function ConfirmAction<F extends string>({ action, fields, trigger, title, children, confirmLabel, pendingLabel, onConfirmed }: Props<F>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const confirmed: typeof action = async (state, data) => {
    const next = await action(state, data);
    // An open modal dialog makes the rest of the page inert: it closes before anything else can take the focus.
    if (next.status === "success") {
      dialog.current?.close();
      onConfirmed?.();
    }
    return next;
  };
  const { state, pending, formProps } = useActionForm(confirmed);
  const headingId = useId();
  return (
    <>
      <button type="button" className={trigger.className} onClick={() => dialog.current?.showModal()} aria-label={trigger.ariaLabel} aria-haspopup="dialog">
        {trigger.label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl bg-white p-5 text-slate-900 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700"
      >
        <h2 id={headingId} className="text-lg font-bold">
          {title}
        </h2>
        <div className="mt-2 text-sm text-slate-700 dark:text-slate-300">{children}</div>
        <form {...formProps} className="mt-4 space-y-3">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <FormMessage status={state.status} message={state.message} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()} autoFocus>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
