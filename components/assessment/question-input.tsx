"use client";

import type { PresentedQuestion } from "@/lib/assessment/present";
import type { Response } from "@/lib/assessment/types";

type Props = {
  /** Unique per item on the page, for element ids. */
  idPrefix: string;
  question: PresentedQuestion;
  value: Response | null;
  onChange: (response: Response) => void;
  disabled?: boolean;
};

const box = "flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-300 p-3 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:hover:bg-slate-900 dark:has-[:checked]:border-emerald-400 dark:has-[:checked]:bg-emerald-950";

/** The answer controls for every question type, all operable by keyboard. */
export function QuestionInput({ idPrefix, question, value, onChange, disabled }: Props) {
  switch (question.type) {
    case "single":
      return (
        <fieldset disabled={disabled} className="space-y-2">
          <legend className="sr-only">Choose one answer</legend>
          {question.options!.map((o) => (
            <label key={o.id} className={box}>
              <input
                type="radio"
                name={`${idPrefix}-choice`}
                className="mt-1"
                checked={value?.type === "single" && value.choice === o.id}
                onChange={() => onChange({ type: "single", choice: o.id })}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </fieldset>
      );
    case "multiple": {
      const chosen = value?.type === "multiple" ? value.choices : [];
      return (
        <fieldset disabled={disabled} className="space-y-2">
          <legend className="mb-2 text-sm font-medium text-slate-700 dark:text-slate-300">Choose all that apply</legend>
          {question.options!.map((o) => (
            <label key={o.id} className={box}>
              <input
                type="checkbox"
                className="mt-1"
                checked={chosen.includes(o.id)}
                onChange={(e) => onChange({ type: "multiple", choices: e.target.checked ? [...chosen, o.id] : chosen.filter((c) => c !== o.id) })}
              />
              <span>{o.text}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case "true-false":
      return (
        <fieldset disabled={disabled} className="flex gap-3">
          <legend className="sr-only">True or false</legend>
          {[true, false].map((v) => (
            <label key={String(v)} className={`${box} flex-1`}>
              <input
                type="radio"
                name={`${idPrefix}-tf`}
                checked={value?.type === "true-false" && value.value === v}
                onChange={() => onChange({ type: "true-false", value: v })}
              />
              <span>{v ? "True" : "False"}</span>
            </label>
          ))}
        </fieldset>
      );
    case "numeric":
      return (
        <div className="flex items-center gap-2">
          <label htmlFor={`${idPrefix}-number`} className="font-medium">
            Your answer
          </label>
          <input
            id={`${idPrefix}-number`}
            type="number"
            inputMode="decimal"
            step="any"
            disabled={disabled}
            defaultValue={value?.type === "numeric" ? value.value : undefined}
            onChange={(e) => {
              const n = e.target.valueAsNumber;
              if (Number.isFinite(n)) onChange({ type: "numeric", value: n });
            }}
            className="w-40 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
          />
          {question.unit && <span className="text-slate-700 dark:text-slate-300">{question.unit}</span>}
        </div>
      );
    case "matching": {
      const matches = value?.type === "matching" ? value.matches : {};
      return (
        <div className="space-y-3">
          {question.prompts!.map((p) => (
            <div key={p.id} className="grid grid-cols-1 gap-2 sm:grid-cols-2 sm:items-center">
              <label htmlFor={`${idPrefix}-${p.id}`} className="font-medium">
                {p.text}
              </label>
              <select
                id={`${idPrefix}-${p.id}`}
                disabled={disabled}
                value={matches[p.id] ?? ""}
                onChange={(e) => {
                  const next = { ...matches };
                  if (e.target.value) next[p.id] = e.target.value;
                  else delete next[p.id];
                  onChange({ type: "matching", matches: next });
                }}
                className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-2 dark:border-slate-600 dark:bg-slate-900"
              >
                <option value="">Choose a match…</option>
                {question.matches!.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.text}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
    case "ordering": {
      const byId = new Map(question.items!.map((i) => [i.id, i]));
      const order = value?.type === "ordering" ? value.order : question.items!.map((i) => i.id);
      const move = (from: number, to: number) => {
        const next = [...order];
        [next[from], next[to]] = [next[to]!, next[from]!];
        onChange({ type: "ordering", order: next });
      };
      return (
        <ol className="space-y-2" aria-label="Items to put in order">
          {order.map((id, i) => (
            <li key={id} className="flex items-center gap-3 rounded-lg border border-slate-300 p-2 dark:border-slate-700">
              <span className="w-6 text-right font-semibold tabular-nums">{i + 1}.</span>
              <span className="flex-1">{byId.get(id)?.text}</span>
              <button
                type="button"
                disabled={disabled || i === 0}
                onClick={() => move(i, i - 1)}
                className="rounded px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40 dark:hover:bg-slate-800"
                aria-label={`Move ${byId.get(id)?.text} up`}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={disabled || i === order.length - 1}
                onClick={() => move(i, i + 1)}
                className="rounded px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40 dark:hover:bg-slate-800"
                aria-label={`Move ${byId.get(id)?.text} down`}
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      );
    }
  }
}
