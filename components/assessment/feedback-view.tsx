import type { Solution } from "@/lib/assessment/solution";
import type { Response } from "@/lib/assessment/types";
import { MarkdownText } from "./markdown-text";

type Feedback = { credit: number; correct: boolean; explanation: string; solution: Solution };

function verdict(f: { credit: number; correct: boolean }) {
  if (f.correct) return { text: "Correct", tone: "bg-brand-50 text-brand-800 ring-brand-100 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-900" };
  if (f.credit > 0) return { text: `Partly right (${Math.round(f.credit * 100)}% credit)`, tone: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-900" };
  return { text: "Not quite", tone: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-900" };
}

/** Right, partly right or wrong, without the key. */
export function VerdictBadge({ verdict: result, answered, className = "" }: { verdict: { credit: number; correct: boolean }; answered: boolean; className?: string }) {
  const v = verdict(result);
  return (
    <p className={`${className} inline-block rounded-md px-3 py-1.5 text-sm font-semibold ring-1 ${v.tone}`} data-testid="verdict">
      {v.text}
      {!answered && " · not answered"}
    </p>
  );
}

/** The verdict, the right answer and why, with each choice explained. */
export function FeedbackView({ feedback, response }: { feedback: Feedback; response: Response | null }) {
  const s = feedback.solution;
  return (
    <div className="space-y-4" data-testid="feedback">
      <VerdictBadge verdict={feedback} answered={response !== null} />
      {(s.type === "single" || s.type === "multiple") && (
        <ul className="space-y-2">
          {s.options.map((o) => {
            const chosen = response?.type === "single" ? response.choice === o.id : response?.type === "multiple" ? response.choices.includes(o.id) : false;
            return (
              <li key={o.id} className={`rounded-lg border p-3 text-sm ${o.correct ? "border-brand-600 dark:border-emerald-400" : "border-slate-200 dark:border-slate-700"}`}>
                <p className="font-medium">
                  {o.correct ? "✓ " : o.credit > 0 ? "◐ " : "✗ "}
                  {o.text}
                  {chosen && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">your answer</span>}
                  {!o.correct && o.credit > 0 && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">({Math.round(o.credit * 100)}% credit)</span>}
                </p>
                <p className="mt-1 text-slate-700 dark:text-slate-300">{o.explanation}</p>
              </li>
            );
          })}
        </ul>
      )}
      {s.type === "true-false" && (
        <ul className="space-y-2">
          {[true, false].map((value) => (
            <li key={String(value)} className={`rounded-lg border p-3 text-sm ${value === s.answer ? "border-brand-600 dark:border-emerald-400" : "border-slate-200 dark:border-slate-700"}`}>
              <p className="font-medium">
                {value === s.answer ? "✓ " : "✗ "}
                {value ? "True" : "False"}
                {response?.type === "true-false" && response.value === value && (
                  <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">your answer</span>
                )}
              </p>
              {value ? <MarkdownText source={feedback.explanation} className="prose-sm mt-1" /> : <p className="mt-1 text-slate-700 dark:text-slate-300">{s.falseExplanation}</p>}
            </li>
          ))}
        </ul>
      )}
      {s.type === "numeric" && (
        <p className="text-sm">
          Answer: <strong>{s.answer}</strong>
          {s.unit ? ` ${s.unit}` : ""} (accepted within ±{s.tolerance})
          {response?.type === "numeric" && <> · you answered {response.value}</>}
        </p>
      )}
      {s.type === "matching" && (
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">Item</th>
              <th scope="col" className="py-1 pr-3">Match</th>
              <th scope="col" className="py-1">Why</th>
            </tr>
          </thead>
          <tbody>
            {s.pairs.map((p) => {
              const right = response?.type === "matching" && response.matches[p.id] === p.matchId;
              return (
                <tr key={p.id} className="border-t border-slate-200 align-top dark:border-slate-700">
                  <td className="py-2 pr-3 font-medium">{p.prompt}</td>
                  <td className="py-2 pr-3">
                    {right ? "✓ " : "✗ "}
                    {p.match}
                  </td>
                  <td className="py-2 text-slate-700 dark:text-slate-300">{p.explanation}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {s.type === "ordering" && (
        <div className="text-sm">
          <p className="font-medium">The right order:</p>
          <ol className="mt-1 list-decimal pl-6">
            {s.items.map((i) => (
              <li key={i.id}>{i.text}</li>
            ))}
          </ol>
        </div>
      )}
      {s.type !== "true-false" && (
        <div>
          <h3 className="text-sm font-semibold">Explanation</h3>
          <MarkdownText source={feedback.explanation} className="prose-sm mt-1" />
        </div>
      )}
    </div>
  );
}
