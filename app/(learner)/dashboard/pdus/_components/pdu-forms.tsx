"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { CATEGORY_LABELS, PDU_CATEGORIES } from "@/lib/pdu/rules";
import type { PduEntryFields } from "@/lib/validation/dashboard";
import { idleState } from "@/lib/validation/form-state";
import { addHeldAction, addPduAction, deletePduAction } from "@/app/(learner)/dashboard-actions";

const select = "mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-2 dark:border-slate-600 dark:bg-slate-900";

export function HeldForm({ options }: { options: { code: string; name: string }[] }) {
  const { state, pending, formProps } = useActionForm<"targetCode" | "earnedOn">(addHeldAction);
  return (
    <form {...formProps} className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
      <div>
        <label htmlFor="held-target" className="block text-sm font-medium">
          Certification you hold<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
        </label>
        <select id="held-target" name="targetCode" className={select}>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ))}
        </select>
        <p className="min-h-5 text-sm text-red-700" aria-live="polite">
          {state.fieldErrors?.targetCode}
        </p>
      </div>
      <TextField label="Earned on" name="earnedOn" type="date" required error={state.fieldErrors?.earnedOn} />
      <div className="sm:pt-6">
        <Button type="submit" disabled={pending}>
          Start the cycle
        </Button>
      </div>
    </form>
  );
}

export function PduEntryForm({ held }: { held: { id: string; code: string }[] }) {
  const { state, pending, formProps } = useActionForm<PduEntryFields>(addPduAction, { resetOnSuccess: true });
  return (
    <form {...formProps} className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">Required fields are marked *</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="pdu-held" className="block text-sm font-medium">
            Certification<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
          </label>
          <select id="pdu-held" name="heldId" className={select}>
            {held.map((h) => (
              <option key={h.id} value={h.id}>
                {h.code}
              </option>
            ))}
          </select>
          <p className="min-h-5 text-sm text-red-700" aria-live="polite">
            {state.fieldErrors?.heldId}
          </p>
        </div>
        <div>
          <label htmlFor="pdu-category" className="block text-sm font-medium">
            Category<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
          </label>
          <select id="pdu-category" name="category" className={select}>
            {PDU_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c === "giving-back" || c === "practitioner" ? CATEGORY_LABELS[c] : `Education: ${CATEGORY_LABELS[c]}`}
              </option>
            ))}
          </select>
          <p className="min-h-5 text-sm text-red-700" aria-live="polite">
            {state.fieldErrors?.category}
          </p>
        </div>
      </div>
      <TextField label="Activity" name="activity" required maxLength={200} error={state.fieldErrors?.activity} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Date" name="date" type="date" required error={state.fieldErrors?.date} />
        <TextField label="PDUs (hours)" name="hours" type="number" step="0.25" min="0.25" max="100" required error={state.fieldErrors?.hours} />
      </div>
      <Button type="submit" disabled={pending}>
        Log activity
      </Button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}

export function DeletePdu({ id, activity }: { id: string; activity: string }) {
  const [state, action, pending] = useActionState(deletePduAction, idleState<"id">());
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="ghost" className="px-2 py-1 text-sm" disabled={pending} aria-label={`Delete ${activity}`}>
        Delete
      </Button>
      {state.status === "error" && <span className="text-sm text-red-700">{state.message}</span>}
    </form>
  );
}
