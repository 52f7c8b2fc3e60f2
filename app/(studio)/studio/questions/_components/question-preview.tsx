"use client";

import { useMemo, useState } from "react";
import { parse } from "yaml";
import { FeedbackView } from "@/components/assessment/feedback-view";
import { QuestionPanel } from "@/components/assessment/question-panel";
import { gradeResponse } from "@/lib/assessment/grade";
import { lintQuestion } from "@/lib/assessment/item-lint";
import { presentQuestion } from "@/lib/assessment/present";
import { solutionOf } from "@/lib/assessment/solution";
import { toPayload } from "@/lib/assessment/to-payload";
import type { Response } from "@/lib/assessment/types";
import { checkQuestion } from "@/lib/studio/question-problems";
import { noticeClass } from "@/components/ui/notice";

type Parsed = { ok: true; question: ReturnType<typeof presentQuestion>; payload: ReturnType<typeof toPayload>; explanation: string; lint: string[] } | { ok: false; problem: string };

function read(source: string): Parsed {
  let value: unknown;
  try {
    value = parse(source);
  } catch (e) {
    return { ok: false, problem: `The YAML does not parse: ${String((e as Error).message).split("\n")[0]}` };
  }
  const checked = checkQuestion(value, 3);
  if (!checked.ok) return { ok: false, problem: `Check ${checked.problems}.` };
  const q = checked.question;
  let n = 0;
  const payload = toPayload(q, () => `o${n++}`);
  return { ok: true, payload, question: presentQuestion(q.type, q.stem, payload, q.id), explanation: q.explanation, lint: lintQuestion(q).map((f) => f.message) };
}

/** The question as a learner meets it in a practice quiz, answerable, with the feedback they would get. */
export function QuestionPreview({ source }: { source: string }) {
  const parsed = useMemo(() => read(source), [source]);
  const [response, setResponse] = useState<Response | null>(null);
  const [checked, setChecked] = useState(false);
  if (!parsed.ok) {
    return (
      <p role="status" className={noticeClass("warning")}>
        Preview waits for a valid question. {parsed.problem}
      </p>
    );
  }
  const grade = gradeResponse(parsed.payload, response);
  return (
    <div className="space-y-4">
      <QuestionPanel
        id="preview"
        label="Preview"
        question={parsed.question}
        value={response}
        onChange={(r) => {
          setResponse(r);
          setChecked(false);
        }}
      >
        <button type="button" className="mt-4 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800" onClick={() => setChecked(true)} disabled={!response}>
          Check answer
        </button>
        {checked && <FeedbackView feedback={{ ...grade, explanation: parsed.explanation, solution: solutionOf(parsed.payload) }} response={response} />}
      </QuestionPanel>
      {parsed.lint.length > 0 && (
        <div className={noticeClass("warning")}>
          <p className="font-semibold">Item-writing advice</p>
          <ul className="mt-1 list-disc pl-5" data-testid="lint-findings">
            {parsed.lint.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
