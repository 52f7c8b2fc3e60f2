import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttemptReview } from "@/components/assessment/attempt-review";
import { buttonClass } from "@/components/ui/button";
import { getAttempt } from "@/lib/data/attempts/get-attempt";
import { requireViewer } from "@/lib/data/viewer";
import { finalRetakeFrom } from "@/lib/assessment/exam-plan";
import { formatDateTime } from "@/lib/format";
import { QuizRunner } from "./_components/quiz-runner";

export const metadata: Metadata = { title: "Module quiz" };

function resultMessage(r: { passed: boolean | null; passingPercent: number | null }, final: boolean, retakeFrom: Date | null): string {
  if (!final) return `${r.passed ? "Passed. " : `The pass mark is ${r.passingPercent}%. `}Every question you answered is now in your spaced review.`;
  if (r.passed) return "Passed. With every lesson done, your course certificate is on your dashboard.";
  return `The pass mark is ${r.passingPercent}%. Below you can see which questions you got wrong, but not the answers: work through the lessons and your spaced review${
    retakeFrom ? `, then retake it from ${formatDateTime(retakeFrom)} with a fresh set of questions` : ""
  }.`;
}

export default async function PracticePage({ params }: { params: Promise<{ attemptId: string }> }) {
  await requireViewer();
  const attempt = await getAttempt((await params).attemptId);
  if (!attempt || !attempt.module) notFound();
  const back = `/courses/${attempt.module.courseSlug}`;
  const final = attempt.mode === "final";

  if (attempt.status === "submitted" && attempt.result) {
    const r = attempt.result;
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <p className="text-sm">
          <Link href={back} className="underline">
            {attempt.module.courseTitle}
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{attempt.title}</h1>
        <div className={`mt-6 rounded-xl p-6 ${r.passed ? "bg-brand-50 dark:bg-emerald-950" : "bg-amber-50 dark:bg-amber-950"}`}>
          <p className="text-3xl font-bold tabular-nums" data-testid="quiz-score">
            {Math.round(r.percent)}%
          </p>
          <p className="mt-1" data-testid="quiz-outcome">
            {resultMessage(r, final, final && !r.passed ? finalRetakeFrom(r.submittedAt) : null)}
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            <Link href={back} className={buttonClass("primary")}>
              Back to the course
            </Link>
            <Link href="/review" className={buttonClass("secondary")}>
              Spaced review
            </Link>
          </div>
        </div>
        <h2 className="mt-10 text-xl font-bold">Your answers</h2>
        <div className="mt-4">
          <AttemptReview items={attempt.items} />
        </div>
      </div>
    );
  }

  return (
    <QuizRunner
      attemptId={attempt.id}
      title={attempt.title}
      courseHref={back}
      courseTitle={attempt.module.courseTitle}
      final={final}
      items={attempt.items.map((i) => ({ position: i.position, question: i.question, response: i.response, feedback: i.feedback ?? null }))}
    />
  );
}
