"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format";
import { idleState } from "@/lib/validation/form-state";
import { startQuizAction } from "@/app/(learner)/assessment-actions";

type Props = {
  moduleId: string;
  moduleTitle: string;
  final: boolean;
  questionCount: number;
  openAttemptId: string | null;
  last: { percent: number; passed: boolean | null; attemptId: string } | null;
  retakeFrom: Date | null;
};

export function ModuleQuizButton({ moduleId, moduleTitle, final, questionCount, openAttemptId, last, retakeFrom }: Props) {
  const [state, action, pending] = useActionState(startQuizAction, idleState<"moduleId">());
  const noun = final ? "final assessment" : "quiz";
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-3 text-sm dark:border-slate-800">
      {openAttemptId ? (
        <Link href={`/practice/${openAttemptId}`} className="font-semibold text-brand-700 underline dark:text-emerald-300">
          Resume the {noun}
        </Link>
      ) : retakeFrom ? (
        <span className="text-slate-700 dark:text-slate-300" data-testid="retake-from">
          Final assessment: you can retake it from {formatDateTime(retakeFrom)}.
        </span>
      ) : (
        <form action={action}>
          <input type="hidden" name="moduleId" value={moduleId} />
          <Button type="submit" variant="secondary" className="py-1.5" disabled={pending} aria-label={`Take the ${noun} for ${moduleTitle}`}>
            {final ? (last ? "Retake the final assessment" : "Take the final assessment") : last ? "Retake quiz" : "Take quiz"} ({questionCount} questions)
          </Button>
        </form>
      )}
      {final && !last && <span className="text-slate-600 dark:text-slate-400">Passing it, with every lesson done, earns the course certificate.</span>}
      {last && (
        <Link href={`/practice/${last.attemptId}`} className="text-slate-700 underline dark:text-slate-300" data-testid="quiz-result">
          Last result: {Math.round(last.percent)}%{last.passed ? " · passed" : ""}
        </Link>
      )}
      {state.status === "error" && <span className="text-red-700 dark:text-red-400">{state.message}</span>}
    </div>
  );
}
