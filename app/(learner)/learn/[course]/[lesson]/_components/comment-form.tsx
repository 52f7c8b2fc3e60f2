"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { COMMENT_MAX } from "@/lib/validation/study-limits";
import { editCommentAction, postCommentAction } from "@/app/(learner)/study-actions";

type Fields = "lessonId" | "parentId" | "commentId" | "body" | "reason" | "hidden";

type Props =
  | { mode: "new"; lessonId: string; parentId?: string; label: string; submitLabel: string; onDone?: () => void }
  | { mode: "edit"; commentId: string; body: string; label: string; submitLabel: string; onDone?: () => void };

/** Writes a new comment, a reply, or an edit. Clears itself after a post. */
export function CommentForm(props: Props) {
  const { state, pending, formProps } = useActionForm<Fields>(props.mode === "new" ? postCommentAction : editCommentAction, { resetOnSuccess: props.mode === "new" });
  const id = props.mode === "new" ? `comment-${props.parentId ?? "new"}` : `edit-${props.commentId}`;
  const error = state.fieldErrors?.body ?? state.fieldErrors?.lessonId ?? state.fieldErrors?.parentId ?? state.fieldErrors?.commentId;
  const { onDone } = props;

  useEffect(() => {
    if (state.status === "success") onDone?.();
  }, [state, onDone]);

  return (
    <form {...formProps} className="space-y-2">
      {props.mode === "new" ? (
        <>
          <input type="hidden" name="lessonId" value={props.lessonId} />
          {props.parentId && <input type="hidden" name="parentId" value={props.parentId} />}
        </>
      ) : (
        <input type="hidden" name="commentId" value={props.commentId} />
      )}
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
        <span className="ml-0.5 text-red-700 dark:text-red-400" aria-hidden="true">
          *
        </span>
      </label>
      <textarea
        id={id}
        name="body"
        required
        rows={3}
        maxLength={COMMENT_MAX}
        defaultValue={props.mode === "edit" ? props.body : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error ${id}-hint`}
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        **bold**, *italic*, `code`, lists and links work. At most {COMMENT_MAX.toLocaleString("en")} characters.
      </p>
      <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400" aria-live="polite" data-testid="comment-error">
        {error}
      </p>
      <div className="flex items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : props.submitLabel}
        </Button>
        {props.onDone && props.mode === "edit" && (
          <Button variant="ghost" onClick={props.onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
