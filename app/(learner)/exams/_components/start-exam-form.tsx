"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/validation/form-state";
import { startExamAction } from "@/app/(learner)/assessment-actions";

type Plan = { questions: number; minutes: number };

export function StartExamForm({
  targetCode,
  format,
  label,
  plans,
  fullFormat,
  domains,
}: {
  targetCode: string;
  format: string;
  /** Names this exam among the page's others, e.g. "PMP" or "LSSGB IASSC …". */
  label: string;
  plans: { short: Plan; drill: Plan; full: Plan };
  fullFormat: Plan;
  domains: { code: string; name: string; available: number }[];
}) {
  const [state, action, pending] = useActionState(startExamAction, idleState<"targetCode" | "format" | "mode" | "domain">());
  const [domain, setDomain] = useState(domains[0]?.code ?? "");
  const scaled = plans.full.questions < fullFormat.questions;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="targetCode" value={targetCode} />
      <input type="hidden" name="format" value={format} />
      <div className="grid gap-3 md:grid-cols-3">
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <p className="font-semibold">Short mixed exam</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {plans.short.questions} questions · {plans.short.minutes} min
          </p>
          <Button type="submit" name="mode" value="short" variant="secondary" className="mt-3 w-full" disabled={pending} aria-label={`Start a short ${label} exam`}>
            Start
          </Button>
        </div>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <p className="font-semibold">Domain drill</p>
          <label htmlFor={`drill-${targetCode}${format ? `-${format}` : ""}`} className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
            Domain ({plans.drill.questions} questions)
          </label>
          <select
            id={`drill-${targetCode}${format ? `-${format}` : ""}`}
            name="domain"
            value={domain}
            onChange={(e) => setDomain(e.target.value)}
            className="mt-1 w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            {domains.map((d) => (
              <option key={d.code} value={d.code} disabled={d.available === 0}>
                {d.name}
              </option>
            ))}
          </select>
          <Button type="submit" name="mode" value="drill" variant="secondary" className="mt-3 w-full" disabled={pending} aria-label={`Start a ${label} domain drill`}>
            Start drill
          </Button>
        </div>
        <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
          <p className="font-semibold">Full-length simulation</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {plans.full.questions} questions · {plans.full.minutes} min
            {scaled && ` (scaled from ${fullFormat.questions}: the bank is still growing)`}
          </p>
          <Button type="submit" name="mode" value="full" className="mt-3 w-full" disabled={pending} aria-label={`Start a full ${label} simulation`}>
            Start simulation
          </Button>
        </div>
      </div>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
