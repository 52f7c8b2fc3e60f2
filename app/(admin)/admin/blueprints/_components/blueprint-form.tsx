"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Blueprint } from "@/lib/readiness/blueprint";
import type { BlueprintFields } from "@/lib/validation/blueprint";
import { saveBlueprintAction } from "../../blueprints-actions";

type Existing = Pick<Blueprint, "id" | "format" | "openBook" | "scaledPass" | "scaledMax" | "name" | "effectiveFrom" | "questionCount" | "scoredCount" | "minutes" | "passingPercent" | "sectionBreaks" | "sectionBreaksAssumed" | "breakMinutes" | "domains">;

export function BlueprintForm({ targetCode, domainCodes, existing }: { targetCode: string; domainCodes: readonly string[]; existing?: Existing }) {
  const { state, pending, formProps } = useActionForm<BlueprintFields>(saveBlueprintAction, { resetOnSuccess: !existing });
  const id = existing?.id ?? `new-${targetCode}`;
  const e = state.fieldErrors ?? {};
  const weights = new Map(existing?.domains.map((d) => [d.code, d.weight]));
  const weightError = Object.entries(e).find(([k]) => k.startsWith("weights"))?.[1];
  return (
    <form {...formProps} className="space-y-3" aria-label={existing ? `Edit ${existing.name}` : `New blueprint for ${targetCode}`}>
      <input type="hidden" name="targetCode" value={targetCode} />
      {existing && <input type="hidden" name="blueprintId" value={existing.id} />}
      <div className="grid gap-3 sm:grid-cols-[1fr_11rem_11rem]">
        <TextField id={`${id}-name`} label="Name" name="name" required defaultValue={existing?.name} error={e.name} />
        <TextField id={`${id}-format`} label="Format code (blank if only one)" name="format" placeholder="iassc" defaultValue={existing?.format} error={e.format} />
        <TextField id={`${id}-from`} label="Takes effect" name="effectiveFrom" type="date" required defaultValue={existing?.effectiveFrom.toISOString().slice(0, 10)} error={e.effectiveFrom} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <TextField id={`${id}-q`} label="Questions" name="questionCount" type="number" required defaultValue={existing?.questionCount} error={e.questionCount} />
        <TextField id={`${id}-s`} label="Scored" name="scoredCount" type="number" required defaultValue={existing?.scoredCount} error={e.scoredCount} />
        <TextField id={`${id}-m`} label="Minutes" name="minutes" type="number" required defaultValue={existing?.minutes} error={e.minutes} />
        <TextField id={`${id}-p`} label="Pass mark %" name="passingPercent" type="number" step="0.1" required defaultValue={existing?.passingPercent} error={e.passingPercent} />
        <TextField id={`${id}-b`} label="Breaks after" name="sectionBreaks" placeholder="60, 120" defaultValue={existing?.sectionBreaks.join(", ")} error={e.sectionBreaks} />
        <TextField id={`${id}-bm`} label="Break minutes" name="breakMinutes" type="number" required defaultValue={existing?.breakMinutes ?? 0} error={e.breakMinutes} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField id={`${id}-sp`} label="Scaled pass mark (if scaled)" name="scaledPass" type="number" placeholder="550" defaultValue={existing?.scaledPass ?? undefined} error={e.scaledPass} />
        <TextField id={`${id}-sm`} label="Top of the scale" name="scaledMax" type="number" placeholder="750" defaultValue={existing?.scaledMax ?? undefined} error={e.scaledMax} />
        <div className="flex items-center gap-2 pt-6">
          <input id={`${id}-ob`} type="checkbox" name="openBook" className="size-4 accent-brand-700" defaultChecked={existing?.openBook ?? false} />
          <label htmlFor={`${id}-ob`} className="text-sm">
            Open book
          </label>
        </div>
      </div>
      <div className="flex items-center gap-2">
        <input id={`${id}-ba`} type="checkbox" name="sectionBreaksAssumed" className="size-4 accent-brand-700" defaultChecked={existing?.sectionBreaksAssumed ?? false} />
        <label htmlFor={`${id}-ba`} className="text-sm">
          The breaks are assumed: the exam&apos;s owner has not published them (learners see them marked as an assumption)
        </label>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Domain weights (%), adding up to 100</legend>
        <div className="mt-1 grid gap-3 sm:grid-cols-3">
          {domainCodes.map((code) => (
            <TextField
              key={code}
              id={`${id}-w-${code}`}
              label={code.replace(/-/g, " ")}
              name={`weight.${code}`}
              type="number"
              step="0.1"
              required
              defaultValue={existing ? Math.round((weights.get(code) ?? 0) * 1000) / 10 : undefined}
            />
          ))}
        </div>
        <p className="text-sm text-red-700 dark:text-red-400" aria-live="polite" data-testid={`weights-error-${id}`}>
          {weightError}
        </p>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {existing ? "Save blueprint" : "Add blueprint"}
        </Button>
        <FormMessage status={state.status} message={state.message} />
      </div>
    </form>
  );
}
