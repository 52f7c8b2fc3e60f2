"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { idleState } from "@/lib/validation/form-state";
import { enrolAction } from "@/app/(learner)/actions";

export function EnrolButton({ courseId, courseTitle }: { courseId: string; courseTitle: string }) {
  const [state, action, pending] = useActionState(enrolAction, idleState<"courseId">());
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="courseId" value={courseId} />
      <Button type="submit" disabled={pending} aria-label={`Enrol in ${courseTitle}`}>
        {pending ? "Enrolling…" : "Enrol and start"}
      </Button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
