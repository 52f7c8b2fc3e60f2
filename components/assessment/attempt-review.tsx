import type { AttemptView } from "@/lib/assessment/attempt-view";
import { FeedbackView, VerdictBadge } from "./feedback-view";
import { MarkdownText } from "./markdown-text";

const seconds = (ms: number) => (ms < 1000 ? "<1 s" : ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);

/** Every question of a finished attempt with the learner's answer, and the key and why where it may be shown. */
export function AttemptReview({ items }: { items: AttemptView["items"] }) {
  return (
    <ol className="space-y-6">
      {items.map((item) => (
        <li key={item.position} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800" data-testid="review-item">
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600 dark:text-slate-400">
            <span>
              Question {item.position} · {item.domain.replace(/-/g, " ")}
            </span>
            <span>Time on question: {seconds(item.timeSpentMs)}</span>
          </div>
          <div className="mt-2">
            <MarkdownText source={item.question.stem} />
          </div>
          {item.feedback && (
            <div className="mt-4">
              <FeedbackView feedback={item.feedback} response={item.response} />
            </div>
          )}
          {item.verdict && <VerdictBadge className="mt-4" verdict={item.verdict} answered={item.response !== null} />}
        </li>
      ))}
    </ol>
  );
}
