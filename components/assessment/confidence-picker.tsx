"use client";

import type { Confidence } from "@/lib/assessment/schedule";

const choices: { value: Confidence; label: string }[] = [
  { value: "low", label: "Guessing" },
  { value: "medium", label: "Fairly sure" },
  { value: "high", label: "Certain" },
];

export function ConfidencePicker({ name, value, onChange }: { name: string; value: Confidence | null; onChange: (c: Confidence) => void }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">
        How sure are you?
        <span className="ml-0.5 text-red-700 dark:text-red-400" aria-hidden="true">
          *
        </span>
      </legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {choices.map((c) => (
          <label key={c.value} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-emerald-950">
            <input type="radio" name={name} checked={value === c.value} onChange={() => onChange(c.value)} />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
