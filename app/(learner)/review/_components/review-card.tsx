"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfidencePicker } from "@/components/assessment/confidence-picker";
import { FeedbackView } from "@/components/assessment/feedback-view";
import { QuestionPanel } from "@/components/assessment/question-panel";
import { Button } from "@/components/ui/button";
import type { Confidence } from "@/lib/assessment/schedule";
import type { Response } from "@/lib/assessment/types";
import type { Feedback, ReviewItem } from "@/lib/assessment/views";
import { answerReviewAction } from "@/app/(learner)/assessment-actions";
import { cardClass } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";

export function ReviewCard({ item }: { item: ReviewItem }) {
  const router = useRouter();
  const [response, setResponse] = useState<Response | null>(null);
  const [confidence, setConfidence] = useState<Confidence | null>(null);
  const [result, setResult] = useState<{ feedback: Feedback; nextDue: Date } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    if (!response) return setError("Answer the question first.");
    if (!confidence) return setError("Say how sure you are.");
    setPending(true);
    const r = await answerReviewAction({ questionId: item.questionId, response, confidence });
    setPending(false);
    if (r.status !== "success" || !r.data) return setError(r.message ?? "Could not check the answer.");
    setError(null);
    setResult({ feedback: r.data.feedback, nextDue: new Date(r.data.nextDue) });
  };

  return (
    <div className={cardClass}>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {item.target} · {item.domain.replace(/-/g, " ")}
        {item.lastCorrect === false && " · missed last time"}
      </p>
      <QuestionPanel id="review" label="Review question" className="mt-2" question={item.question} value={response} onChange={setResponse} disabled={Boolean(result)} />
      {!result && (
        <div className="mt-4 space-y-3">
          <ConfidencePicker name="review-confidence" value={confidence} onChange={setConfidence} />
          <Button className="min-h-11" onClick={submit} disabled={pending}>
            {pending ? "Checking…" : "Check answer"}
          </Button>
        </div>
      )}
      <p className="mt-2 text-sm text-red-700 dark:text-red-400" aria-live="polite">
        {error}
      </p>
      {result && (
        <div className="mt-4 space-y-4 border-t border-slate-200 pt-4 dark:border-slate-800" aria-live="polite">
          <FeedbackView feedback={result.feedback} response={response} />
          <p className="text-sm text-slate-600 dark:text-slate-400">Next review: {formatDateTime(result.nextDue)}</p>
          <Button className="min-h-11" onClick={() => router.refresh()}>
            Next card →
          </Button>
        </div>
      )}
    </div>
  );
}
