"use client";

import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { dismissShippedConflictAction, takeShippedCourseAction } from "../../../actions";

/** The two ways out of a conflict with the shipped files; taking the files overwrites studio work, so it asks first. */
export function ShippedConflictChoices({ courseId }: { courseId: string }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <ActionButton action={dismissShippedConflictAction} fields={{ courseId }} label="Keep the studio version" testId="keep-studio-version" />
      <ConfirmAction
        action={takeShippedCourseAction}
        fields={{ courseId }}
        trigger={{ label: "Take the shipped version…", className: buttonClass("secondary", "px-3 py-1.5") }}
        title="Replace this course with its shipped files?"
        confirmLabel="Take the shipped version"
        pendingLabel="Replacing…"
      >
        <p>
          The details, modules and lessons become what the files have, live for learners at once. Studio edits, drafts, and modules or lessons added here are
          lost; learners keep their progress and notes on the lessons the files share. Later imports update the course from the files again.
        </p>
      </ConfirmAction>
    </div>
  );
}
