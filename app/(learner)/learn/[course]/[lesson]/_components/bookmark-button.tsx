"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { idleState } from "@/lib/validation/form-state";
import { bookmarkAction } from "@/app/(learner)/study-actions";

export function BookmarkButton({ lessonId, bookmarked }: { lessonId: string; bookmarked: boolean }) {
  const [state, action, pending] = useActionState(bookmarkAction, idleState<"lessonId" | "bookmarked">());
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="bookmarked" value={bookmarked ? "false" : "true"} />
      <button type="submit" disabled={pending} aria-pressed={bookmarked} className={buttonClass("secondary", "py-1.5")}>
        <span aria-hidden="true">{bookmarked ? "★" : "☆"}</span>
        {bookmarked ? "Bookmarked" : "Bookmark"}
      </button>
      <span className="sr-only" aria-live="polite">
        {state.message}
      </span>
    </form>
  );
}
