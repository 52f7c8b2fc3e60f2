"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/validation/form-state";
import { setLessonCompletedAction } from "../actions";

export function CompleteLessonForm({ lessonId, completed }: { lessonId: string; completed: boolean }) {
  const [state, action, pending] = useActionState(setLessonCompletedAction, idleState<"lessonId" | "completed">());
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="completed" value={completed ? "false" : "true"} />
      {completed ? (
        <>
          <span className="inline-flex items-center gap-1.5 font-medium text-brand-700 dark:text-emerald-300">
            <span aria-hidden="true">✓</span> Completed
          </span>
          <Button type="submit" variant="ghost" disabled={pending}>
            Mark as not complete
          </Button>
        </>
      ) : (
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Mark lesson complete"}
        </Button>
      )}
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
