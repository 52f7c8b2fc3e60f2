"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { idleState } from "@/lib/validation/form-state";
import { startQuizAction } from "../assessment-actions";

type Props = { moduleId: string; moduleTitle: string; questionCount: number; openAttemptId: string | null; last: { percent: number; passed: boolean | null; attemptId: string } | null };

export function ModuleQuizButton({ moduleId, moduleTitle, questionCount, openAttemptId, last }: Props) {
  const [state, action, pending] = useActionState(startQuizAction, idleState<"moduleId">());
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-3 text-sm dark:border-slate-800">
      {openAttemptId ? (
        <Link href={`/practice/${openAttemptId}`} className="font-semibold text-brand-700 underline dark:text-emerald-300">
          Resume the quiz
        </Link>
      ) : (
        <form action={action}>
          <input type="hidden" name="moduleId" value={moduleId} />
          <Button type="submit" variant="secondary" className="py-1.5" disabled={pending} aria-label={`Take the quiz for ${moduleTitle}`}>
            {last ? "Retake quiz" : "Take quiz"} ({questionCount} questions)
          </Button>
        </form>
      )}
      {last && (
        <Link href={`/practice/${last.attemptId}`} className="text-slate-700 underline dark:text-slate-300" data-testid="quiz-result">
          Last result: {Math.round(last.percent)}%{last.passed ? " · passed" : ""}
        </Link>
      )}
      {state.status === "error" && <span className="text-red-700 dark:text-red-400">{state.message}</span>}
    </div>
  );
}
