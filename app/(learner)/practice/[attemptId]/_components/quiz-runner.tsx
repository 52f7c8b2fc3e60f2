"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { FeedbackView } from "@/components/assessment/feedback-view";
import { QuestionPanel } from "@/components/assessment/question-panel";
import { ConfidencePicker } from "@/components/assessment/confidence-picker";
import { Button } from "@/components/ui/button";
import type { PresentedQuestion } from "@/lib/assessment/present";
import type { Confidence } from "@/lib/assessment/schedule";
import type { Response } from "@/lib/assessment/types";
import type { Feedback } from "@/lib/assessment/views";
import { saveAnswerAction, submitAttemptAction } from "@/app/(learner)/assessment-actions";

type Item = { position: number; question: PresentedQuestion; response: Response | null; feedback: Feedback | null };
type Entry = { response: Response | null; feedback: Feedback | null; saved: boolean };

type Props = {
  attemptId: string;
  title: string;
  courseHref: string;
  courseTitle: string;
  /** A final assessment: answers are saved, not checked; the key comes only with a pass. */
  final: boolean;
  items: Item[];
};

export function QuizRunner({ attemptId, title, courseHref, courseTitle, final, items }: Props) {
  const [state, setState] = useState<Record<number, Entry>>(() =>
    Object.fromEntries(items.map((i) => [i.position, { response: i.response, feedback: i.feedback, saved: i.response !== null }])),
  );
  const done = (e: Entry) => (final ? e.saved : e.feedback !== null);
  const [current, setCurrent] = useState(() => (items.find((i) => !done(state[i.position]!)) ?? items[items.length - 1]!).position);
  const [confidence, setConfidence] = useState<Confidence | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  // When the current question appeared, for time-per-question; set after mount.
  const shownAt = useRef(0);
  useEffect(() => {
    shownAt.current = Date.now();
  }, []);
  const [submitState, submitAction, submitting] = useActionState(submitAttemptAction, { status: "idle" });

  const item = items.find((i) => i.position === current)!;
  const entry = state[current]!;
  const answered = items.filter((i) => done(state[i.position]!)).length;
  const next = items.find((i) => i.position > current && !done(state[i.position]!)) ?? items.find((i) => !done(state[i.position]!));

  const check = async () => {
    if (!entry.response) return setError("Answer the question first.");
    if (!final && !confidence) return setError("Say how sure you are: it sets when you'll review this again.");
    setChecking(true);
    const result = await saveAnswerAction({ attemptId, position: current, response: entry.response, confidence: confidence ?? undefined, timeSpentMs: Date.now() - shownAt.current });
    setChecking(false);
    if (result.status !== "success") return setError(result.message ?? "Could not save the answer.");
    setError(null);
    setState((s) => ({ ...s, [current]: { response: entry.response, feedback: result.data?.feedback ?? null, saved: true } }));
  };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm">
        <Link href={courseHref} className="underline">
          {courseTitle}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight">{title}</h1>
      {/* Where the learner is stays in view while they scroll a long question and its feedback (sticky on a phone). */}
      <div className="sticky top-0 z-30 -mx-4 mt-2 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0 dark:border-slate-800 dark:bg-slate-950/95 sm:dark:bg-transparent">
        <p className="text-sm text-slate-600 tabular-nums dark:text-slate-400" data-testid="quiz-progress">
          Question {items.findIndex((i) => i.position === current) + 1} of {items.length} · {answered} answered
        </p>
        <div className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden="true">
          <div className="h-full bg-brand-600 dark:bg-emerald-400" style={{ width: `${(answered / items.length) * 100}%` }} />
        </div>
      </div>

      <QuestionPanel
        id={`quiz-${current}`}
        label={`Question ${current}`}
        className="mt-6 rounded-xl border border-slate-200 p-5 dark:border-slate-800"
        question={item.question}
        value={entry.response}
        disabled={Boolean(entry.feedback)}
        onChange={(response) => setState((s) => ({ ...s, [current]: { ...s[current]!, response, saved: false } }))}
      >
        {final ? (
          <div className="mt-5 flex flex-wrap items-center gap-3">
            <Button className="min-h-11" onClick={check} disabled={checking || entry.saved}>
              {checking ? "Saving…" : entry.saved ? "Answer saved" : "Save answer"}
            </Button>
            <span className="text-sm text-slate-600 dark:text-slate-400">You can change an answer until you submit.</span>
          </div>
        ) : (
          !entry.feedback && (
            <div className="mt-5 space-y-3">
              <ConfidencePicker name={`confidence-${current}`} value={confidence} onChange={setConfidence} />
              <Button className="min-h-11" onClick={check} disabled={checking}>
                {checking ? "Checking…" : "Check answer"}
              </Button>
            </div>
          )
        )}
        <p className="mt-3 text-sm text-red-700 dark:text-red-400" aria-live="polite" data-testid="quiz-error">
          {error}
        </p>
        {entry.feedback && (
          <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800" aria-live="polite">
            <FeedbackView feedback={entry.feedback} response={entry.response} />
          </div>
        )}
      </QuestionPanel>

      <div className="mt-6 flex flex-wrap items-center gap-3">
        {done(entry) && next && (
          <Button
            className="min-h-11"
            onClick={() => {
              setCurrent(next.position);
              setConfidence(null);
              shownAt.current = Date.now();
            }}
          >
            Next question →
          </Button>
        )}
        {answered === items.length && (
          <form action={submitAction}>
            <input type="hidden" name="attemptId" value={attemptId} />
            <Button type="submit" className="min-h-11" disabled={submitting}>
              {submitting ? "Finishing…" : final ? "Submit the final assessment" : "See my result"}
            </Button>
          </form>
        )}
        {submitState.status === "error" && <p className="text-sm text-red-700">{submitState.message}</p>}
      </div>
    </div>
  );
}
