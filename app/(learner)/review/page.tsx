import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { getReviewCounts } from "@/lib/data/review/get-review-counts";
import { nextReviewItem } from "@/lib/data/review/next-review-item";
import { requireViewer } from "@/lib/data/viewer";
import { ReviewCard } from "./_components/review-card";

export const metadata: Metadata = { title: "Spaced review" };

export default async function ReviewPage() {
  await requireViewer();
  const [counts, item] = await Promise.all([getReviewCounts(), nextReviewItem()]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Spaced review</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Every question you answer comes back just before you&apos;d forget it (scheduled with FSRS). Wrong or unsure answers return sooner.
      </p>
      {/* On a phone the counts stay in view while a long card and its feedback scroll, as the quiz runner's progress does. */}
      <dl className="sticky top-0 z-10 -mx-4 mt-6 grid grid-cols-3 gap-2 bg-white/95 px-4 py-2 text-center backdrop-blur sm:static sm:mx-0 sm:gap-3 sm:bg-transparent sm:p-0 sm:backdrop-blur-none dark:bg-slate-950/95 sm:dark:bg-transparent">
        {[
          ["Due now", counts.dueNow],
          ["Due today", counts.dueToday],
          ["This week", counts.dueThisWeek],
        ].map(([label, n]) => (
          <div key={label} className="rounded-lg bg-slate-50 p-2 sm:p-3 dark:bg-slate-900">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-xl font-bold tabular-nums sm:text-2xl" data-testid={`review-${String(label).toLowerCase().replace(/\s+/g, "-")}`}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-8">
        {item ? (
          <ReviewCard key={item.questionId} item={item} />
        ) : (
          <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
            <p className="font-semibold">{counts.total === 0 ? "No cards yet." : "You're done for now."}</p>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {counts.total === 0 ? "Answer a module quiz or a practice exam and its questions join your review." : "Come back when more cards are due."}
            </p>
            <Link href="/exams" className={buttonClass("secondary", "mt-4")}>
              Practice exams
            </Link>
          </div>
        )}
      </div>
    </div>
  );
}
