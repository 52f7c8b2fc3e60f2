"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { EXAM_BANDS, type ExamBand } from "@/lib/validation/exam-bands";
import type { OutcomeFields } from "@/lib/validation/exam-outcomes";
import { idleState } from "@/lib/validation/form-state";
import { reportOutcomeAction, updateOutcomeAction, withdrawOutcomeAction } from "@/app/(learner)/outcome-actions";

type Report = { id: string; examDate: string; passed: boolean; bands: Record<string, ExamBand> };
type Props = { code: string; domains: { code: string; name: string }[]; banded: boolean; report?: Report };

const field = "mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

/** Reports a real exam result, or corrects one already reported (with `report`). */
export function ExamResultForm({ code, domains, banded, report }: Props) {
  const { state, pending, formProps } = useActionForm<OutcomeFields>(report ? updateOutcomeAction : reportOutcomeAction, { resetOnSuccess: !report });
  const id = `${code}-${report?.id ?? "new"}`;
  const errors = (state.fieldErrors ?? {}) as Record<string, string | undefined>;
  const bandError = Object.entries(errors).find(([k]) => k === "bands" || k.startsWith("bands."))?.[1];
  return (
    <form {...formProps} className="mt-3 grid gap-3" data-testid={report ? `edit-result-${report.id}` : `report-result-${code}`}>
      {report ? <input type="hidden" name="id" value={report.id} /> : <input type="hidden" name="targetCode" value={code} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-date`} className="block text-sm font-medium">
            Date you sat the exam<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
          </label>
          <input
            id={`${id}-date`}
            name="examDate"
            type="date"
            required
            defaultValue={report?.examDate}
            aria-describedby={`${id}-date-error`}
            aria-invalid={errors.examDate ? true : undefined}
            className={field}
          />
          <p id={`${id}-date-error`} className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite">
            {errors.examDate ?? errors.targetCode ?? errors.id}
          </p>
        </div>
        <fieldset aria-describedby={`${id}-result-error`}>
          <legend className="text-sm font-medium">
            Result<span className="ml-0.5 text-red-700" aria-hidden="true">*</span>
          </legend>
          <div className="mt-2 flex gap-4">
            {(["passed", "failed"] as const).map((r) => (
              <label key={r} className="flex items-center gap-1.5">
                <input type="radio" name="result" value={r} required defaultChecked={report ? report.passed === (r === "passed") : undefined} />
                {r === "passed" ? "Passed" : "Did not pass"}
              </label>
            ))}
          </div>
          <p id={`${id}-result-error`} className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite">
            {errors.result}
          </p>
        </fieldset>
      </div>
      {banded && (
        <fieldset aria-describedby={`${id}-bands-error`}>
          <legend className="text-sm font-medium">Performance by domain, as your exam report gives it (optional)</legend>
          <div className="mt-1 grid gap-2 sm:grid-cols-3">
            {domains.map((d) => (
              <div key={d.code}>
                <label htmlFor={`${id}-band-${d.code}`} className="block text-sm">
                  {d.name}
                </label>
                <select id={`${id}-band-${d.code}`} name={`band:${d.code}`} defaultValue={report?.bands[d.code] ?? ""} className={field}>
                  <option value="">Not reported</option>
                  {EXAM_BANDS.map((b) => (
                    <option key={b.value} value={b.value}>
                      {b.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <p id={`${id}-bands-error`} className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite">
            {bandError}
          </p>
        </fieldset>
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {report ? "Save changes" : "Report my result"}
        </Button>
      </div>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}

export function WithdrawResult({ id, label }: { id: string; label: string }) {
  const [state, action, pending] = useActionState(withdrawOutcomeAction, idleState<OutcomeFields>());
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="ghost" className="px-2 py-1 text-sm" disabled={pending} aria-label={`Withdraw my report of ${label}`}>
        Withdraw
      </Button>
      {state.status === "error" && <span className="text-sm text-red-700">{state.message}</span>}
    </form>
  );
}
