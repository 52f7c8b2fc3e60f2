"use client";

import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteOutlineItemAction } from "../../../actions";

type Props = { kind: "module" | "lesson"; id: string; title: string; published: boolean; className: string };

/**
 * A delete button that opens a modal confirm step (a native dialog: focus
 * moves into it, Escape and Cancel close it, focus returns to the button).
 * The server decides whether the item may go and says why not in the dialog.
 */
export function DeleteOutlineItem({ kind, id, title, published, className }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { state, pending, formProps } = useActionForm(deleteOutlineItemAction);
  const headingId = `delete-${id}-heading`;
  const consequence =
    kind === "module"
      ? "Its lessons are deleted with it; its quiz questions stay in the question bank."
      : "Its text and any draft are deleted.";
  return (
    <>
      <button type="button" className={className} onClick={() => dialog.current?.showModal()} aria-label={`Delete ${kind} ${title}`} aria-haspopup="dialog">
        Delete
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl bg-white p-5 text-slate-900 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-700"
      >
        <h2 id={headingId} className="text-lg font-bold">
          Delete {kind} “{title}”?
        </h2>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {consequence} {published ? "Learners see it now; it leaves their outline at once." : "Learners have never seen it."} This cannot be undone.
        </p>
        <form {...formProps} className="mt-4 space-y-3">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={id} />
          <FormMessage status={state.status} message={state.message} />
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => dialog.current?.close()} autoFocus>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? "Deleting…" : `Delete ${kind}`}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
