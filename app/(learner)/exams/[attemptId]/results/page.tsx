import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AttemptReview } from "@/components/assessment/attempt-review";
import { buttonClass } from "@/components/ui/button";
import { getAttempt } from "@/lib/data/attempts/get-attempt";
import { requireViewer } from "@/lib/data/viewer";
import { cardClass } from "@/components/ui/card";

export const metadata: Metadata = { title: "Exam results" };

export default async function ExamResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  await requireViewer();
  const attempt = await getAttempt((await params).attemptId);
  if (!attempt || attempt.module) notFound();
  if (attempt.status !== "submitted" || !attempt.result) redirect(`/exams/${attempt.id}`);
  const r = attempt.result;
  const avg = r.totalTimeMs / Math.max(1, attempt.items.length);

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/exams" className="underline">
          Practice exams
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{attempt.title}: results</h1>
      {r.expired && <p className="mt-2 text-sm text-amber-800 dark:text-amber-300">Time ran out; the answers saved before the deadline were graded.</p>}

      <section aria-labelledby="score-heading" className="mt-6 grid gap-4 sm:grid-cols-3">
        <h2 id="score-heading" className="sr-only">
          Score
        </h2>
        <div className={cardClass}>
          <p className="text-sm text-slate-600 dark:text-slate-400">Score</p>
          <p className="text-3xl font-bold tabular-nums" data-testid="score">
            {Math.round(r.percent)}%
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {Number.isInteger(r.score) ? r.score : r.score.toFixed(2)} of {r.maxScore} points
          </p>
        </div>
        <div className={`rounded-xl p-5 ${r.passed ? "bg-brand-50 dark:bg-emerald-950" : "bg-red-50 dark:bg-red-950"}`}>
          <p className="text-sm text-slate-700 dark:text-slate-300">Against the pass mark of {r.passingPercent}%</p>
          <p className="text-2xl font-bold" data-testid="verdict">
            {r.passed ? "Pass" : "Below the pass mark"}
          </p>
        </div>
        <div className={cardClass}>
          <p className="text-sm text-slate-600 dark:text-slate-400">Average time per question</p>
          <p className="text-2xl font-bold tabular-nums">{Math.round(avg / 1000)} s</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">{Math.round(r.totalTimeMs / 60_000)} min in all</p>
        </div>
      </section>

      <section aria-labelledby="domains-heading" className="mt-8">
        <h2 id="domains-heading" className="text-xl font-bold">
          By domain
        </h2>
        <table className="mt-3 w-full text-left text-sm">
          <thead className="text-slate-600 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-2 pr-4">Domain</th>
              <th scope="col" className="py-2 pr-4">Questions</th>
              <th scope="col" className="py-2 pr-4">Score</th>
              <th scope="col" className="w-1/3 py-2">
                <span className="sr-only">Bar</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {r.byDomain.map((d) => (
              <tr key={d.code} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-2 pr-4 font-medium">{d.name}</td>
                <td className="py-2 pr-4 tabular-nums">{d.total}</td>
                <td className="py-2 pr-4 tabular-nums">{Math.round(d.percent)}%</td>
                <td className="py-2" aria-hidden="true">
                  <div className="h-2 rounded bg-slate-200 dark:bg-slate-700">
                    <div className="h-2 rounded bg-brand-600 dark:bg-emerald-400" style={{ width: `${d.percent}%` }} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="review-heading" className="mt-10">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="review-heading" className="text-xl font-bold">
            Review every question
          </h2>
          <Link href="/review" className={buttonClass("secondary")}>
            Go to spaced review
          </Link>
        </div>
        <div className="mt-4">
          <AttemptReview items={attempt.items} />
        </div>
      </section>
    </div>
  );
}
