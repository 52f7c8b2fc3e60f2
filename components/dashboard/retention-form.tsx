"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import type { RetentionFields } from "@/lib/validation/dashboard";
import { setRetentionAction } from "@/app/(learner)/dashboard-actions";

/** The recall on exam day that the learner's reviews are planned for, as a percentage. */
export function RetentionForm({ percent }: { percent: number }) {
  const { state, pending, formProps } = useActionForm<RetentionFields>(setRetentionAction);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <div>
        <label htmlFor="desired-retention" className="block text-sm font-medium">
          Recall to aim for on exam day (%)
        </label>
        <input
          id="desired-retention"
          name="desiredRetention"
          type="number"
          inputMode="numeric"
          required
          defaultValue={percent}
          aria-describedby="desired-retention-hint desired-retention-error"
          aria-invalid={state.fieldErrors?.desiredRetention ? true : undefined}
          className="mt-1 w-28 rounded-md border border-slate-400 bg-white px-2 py-1.5 tabular-nums dark:border-slate-600 dark:bg-slate-900"
        />
        <p id="desired-retention-hint" className="text-sm text-slate-600 dark:text-slate-400">
          70–97%. Above 90% brings reviews forward before your exams.
        </p>
        <p id="desired-retention-error" className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite" data-testid="error-desiredRetention">
          {state.fieldErrors?.desiredRetention}
        </p>
      </div>
      <div className="pb-10">
        <Button type="submit" variant="secondary" disabled={pending}>
          Save
        </Button>
      </div>
      {state.status === "success" && (
        <div className="w-full">
          <FormMessage status="success" message={state.message} />
        </div>
      )}
    </form>
  );
}
