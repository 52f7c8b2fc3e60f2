"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useValidatedAction } from "@/components/ui/use-validated-action";
import type { RenewalRule } from "@/lib/pdu/rules";
import { targetRulesSchema, type TargetRulesInput } from "@/lib/validation/targets";
import { saveTargetRulesAction } from "../../targets-actions";

type Props = { code: string; name: string; educationHoursRequired: number | null; renewalRule: RenewalRule | null };

const text = (n: number | undefined | null) => (n === undefined || n === null ? "" : String(n));

export function TargetRulesForm({ code, name, educationHoursRequired, renewalRule }: Props) {
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<TargetRulesInput, unknown>(
    saveTargetRulesAction,
    zodResolver(targetRulesSchema),
    {
      targetCode: code,
      educationHours: text(educationHoursRequired),
      renews: renewalRule !== null,
      cycleYears: text(renewalRule?.cycleYears ?? 3),
      total: text(renewalRule?.total),
      minEducation: text(renewalRule?.minEducation ?? 0),
      maxGivingBack: text(renewalRule?.maxGivingBack),
      maxPractitioner: text(renewalRule?.maxPractitioner),
      minPerTriangleArea: text(renewalRule?.minPerTriangleArea ?? 0),
    },
  );
  const renews = form.watch("renews") === true;
  const id = (field: string) => `${code}-${field}`;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" aria-label={`Rules for ${name}`}>
      <input type="hidden" {...form.register("targetCode")} />
      <div className="max-w-md">
        <TextField
          id={id("education")}
          label="Education hours to apply"
          inputMode="decimal"
          hint="Leave empty when the certification asks none."
          error={errorFor("educationHours")}
          {...form.register("educationHours")}
        />
      </div>
      <div className="flex items-center gap-2">
        <input id={id("renews")} type="checkbox" className="size-4 accent-brand-700" {...form.register("renews")} />
        <label htmlFor={id("renews")} className="text-sm font-medium">
          Renews with PDUs
        </label>
      </div>
      <fieldset disabled={!renews} className="rounded-lg border border-slate-200 p-4 disabled:opacity-60 dark:border-slate-800">
        <legend className="px-1 text-sm font-medium">Renewal rule</legend>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          PDUs per cycle. Education counts in the three Talent Triangle areas (Ways of Working, Power Skills, Business Acumen); Giving Back counts up to its cap, and working as a practitioner (part of Giving Back) up to its own cap, if one is set.
        </p>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <TextField id={id("cycle")} label="Cycle (years)" inputMode="numeric" required={renews} error={errorFor("cycleYears")} {...form.register("cycleYears")} />
          <TextField id={id("total")} label="PDUs required" inputMode="decimal" required={renews} error={errorFor("total")} {...form.register("total")} />
          <TextField id={id("min-education")} label="Education at least" inputMode="decimal" required={renews} error={errorFor("minEducation")} {...form.register("minEducation")} />
          <TextField id={id("max-giving-back")} label="Giving Back at most" inputMode="decimal" required={renews} error={errorFor("maxGivingBack")} {...form.register("maxGivingBack")} />
          <TextField id={id("max-practitioner")} label="Working as a practitioner at most" inputMode="decimal" error={errorFor("maxPractitioner")} {...form.register("maxPractitioner")} />
          <TextField id={id("min-area")} label="Each area at least" inputMode="decimal" required={renews} error={errorFor("minPerTriangleArea")} {...form.register("minPerTriangleArea")} />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : `Save ${code} rules`}
        </Button>
        <FormMessage status={state.status} message={state.message} />
      </div>
    </form>
  );
}
