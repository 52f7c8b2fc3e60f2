"use client";

import { useState, type ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { useActionForm } from "@/components/ui/use-action-form";
import { HIDE_REASON_MAX } from "@/lib/validation/study-limits";
import { deleteCommentAction, hideCommentAction } from "@/app/(learner)/study-actions";
import { CommentForm } from "./comment-form";

type Fields = "lessonId" | "parentId" | "commentId" | "body" | "reason" | "hidden";

type Props = {
  lessonId: string;
  commentId: string;
  authorName: string;
  body: string | null;
  hidden: boolean;
  canEdit: boolean;
  canReply: boolean;
  canModerate: boolean;
  /** The comment's text, rendered on the server; replaced by the editor while editing. */
  children: ReactNode;
};

export function CommentActions({ lessonId, commentId, authorName, body, hidden, canEdit, canReply, canModerate, children }: Props) {
  const [mode, setMode] = useState<"idle" | "reply" | "edit" | "hide">("idle");
  // Keeps a refused reason in its field (no automatic reset).
  const { state: hideState, pending: hiding, formProps: hideForm } = useActionForm<Fields>(hideCommentAction);
  const close = () => setMode("idle");

  return (
    <>
      {mode === "edit" && body !== null ? (
        <CommentForm mode="edit" commentId={commentId} body={body} label="Edit your comment" submitLabel="Save changes" onDone={close} />
      ) : (
        children
      )}
      <div className="mt-2 flex flex-wrap items-center gap-1 text-sm">
        {canReply && (
          <Button variant="ghost" className="px-2 py-1" aria-expanded={mode === "reply"} onClick={() => setMode(mode === "reply" ? "idle" : "reply")}>
            Reply<span className="sr-only"> to {authorName}</span>
          </Button>
        )}
        {canEdit && mode !== "edit" && (
          <Button variant="ghost" className="px-2 py-1" onClick={() => setMode("edit")}>
            Edit<span className="sr-only"> your comment</span>
          </Button>
        )}
        {canEdit && (
          <ConfirmAction
            action={deleteCommentAction}
            fields={{ commentId }}
            trigger={{ label: "Delete", ariaLabel: "Delete your comment", className: buttonClass("ghost", "px-2 py-1 text-red-700 dark:text-red-400") }}
            title="Delete this comment?"
            confirmLabel="Delete comment"
            pendingLabel="Deleting…"
            // The comment goes with the page's refresh: the discussion's heading takes the focus, and says how many are left.
            onConfirmed={() => document.getElementById("discussion-heading")?.focus()}
          >
            <p>Replies to it stay. This cannot be undone.</p>
          </ConfirmAction>
        )}
        {canModerate && hidden && (
          <form {...hideForm}>
            <input type="hidden" name="commentId" value={commentId} />
            <input type="hidden" name="hidden" value="false" />
            <Button type="submit" variant="ghost" className="px-2 py-1" disabled={hiding}>
              Show again
            </Button>
          </form>
        )}
        {canModerate && !hidden && (
          <Button variant="ghost" className="px-2 py-1" aria-expanded={mode === "hide"} onClick={() => setMode(mode === "hide" ? "idle" : "hide")}>
            Hide<span className="sr-only"> comment by {authorName}</span>
          </Button>
        )}
        <span aria-live="polite" className="text-red-700 dark:text-red-400">
          {hideState.status === "error" && mode !== "hide" ? hideState.message : null}
        </span>
      </div>
      {mode === "reply" && (
        <div className="mt-3">
          <CommentForm mode="new" lessonId={lessonId} parentId={commentId} label={`Reply to ${authorName}`} submitLabel="Post reply" onDone={close} />
        </div>
      )}
      {mode === "hide" && !hidden && (
        <form {...hideForm} className="mt-3 space-y-2">
          <input type="hidden" name="commentId" value={commentId} />
          <input type="hidden" name="hidden" value="true" />
          <label htmlFor={`hide-${commentId}`} className="block text-sm font-medium">
            Reason for hiding
            <span className="ml-0.5 text-red-700 dark:text-red-400" aria-hidden="true">
              *
            </span>
          </label>
          <input
            id={`hide-${commentId}`}
            name="reason"
            required
            maxLength={HIDE_REASON_MAX}
            aria-describedby={`hide-${commentId}-error`}
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
          />
          <p id={`hide-${commentId}-error`} className="text-sm text-red-700 dark:text-red-400" aria-live="polite">
            {hideState.fieldErrors?.reason}
          </p>
          <Button type="submit" variant="danger" disabled={hiding}>
            Hide comment
          </Button>
        </form>
      )}
    </>
  );
}
