"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import type { TargetFields } from "@/lib/validation/dashboard";
import { setTargetAction } from "@/app/(learner)/dashboard-actions";

export function TargetForm({ available }: { available: { code: string; name: string }[] }) {
  const { state, pending, formProps } = useActionForm<TargetFields>(setTargetAction, { resetOnSuccess: true });
  return (
    <form {...formProps} className="grid gap-3 rounded-xl border border-slate-200 p-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end dark:border-slate-800">
      <div>
        <label htmlFor="target-code" className="block text-sm font-medium">
          Certification<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
        </label>
        <select
          id="target-code"
          name="targetCode"
          required
          aria-describedby="target-code-error"
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-2 dark:border-slate-600 dark:bg-slate-900"
        >
          {available.map((t) => (
            <option key={t.code} value={t.code}>
              {t.name}
            </option>
          ))}
        </select>
        <p id="target-code-error" className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite">
          {state.fieldErrors?.targetCode}
        </p>
      </div>
      <div>
        <label htmlFor="exam-date" className="block text-sm font-medium">
          Exam date<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
        </label>
        <input
          id="exam-date"
          name="examDate"
          type="date"
          required
          aria-describedby="exam-date-error"
          aria-invalid={state.fieldErrors?.examDate ? true : undefined}
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
        />
        <p id="exam-date-error" className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite" data-testid="error-examDate">
          {state.fieldErrors?.examDate}
        </p>
      </div>
      <div className="pb-5">
        <Button type="submit" disabled={pending}>
          Add target
        </Button>
      </div>
      {state.status === "success" && (
        <div className="sm:col-span-3">
          <FormMessage status="success" message={state.message} />
        </div>
      )}
    </form>
  );
}
