"use client";

import { ConfirmAction } from "@/components/ui/confirm-action";
import { deleteOutlineItemAction } from "../../../actions";

type Props = { kind: "module" | "lesson"; id: string; title: string; published: boolean; className: string; onDeleted: (id: string, message: string) => void };

/** The outline's delete button and its confirm step; the server refuses an item learners have records on, and the dialog says why. */
export function DeleteOutlineItem({ kind, id, title, published, className, onDeleted }: Props) {
  // The row, and this dialog with its message, go as the outline refreshes: the outline says what happened.
  const action: typeof deleteOutlineItemAction = async (state, data) => {
    const next = await deleteOutlineItemAction(state, data);
    if (next.status === "success") onDeleted(id, next.message ?? `${title} deleted.`);
    return next;
  };
  return (
    <ConfirmAction
      action={action}
      fields={{ kind, id }}
      trigger={{ label: "Delete", ariaLabel: `Delete ${kind} ${title}`, className }}
      title={`Delete ${kind} “${title}”?`}
      confirmLabel={`Delete ${kind}`}
      pendingLabel="Deleting…"
    >
      <p>
        {kind === "module" ? "Its lessons are deleted with it; its quiz questions stay in the question bank." : "Its text and any draft are deleted."}{" "}
        {published ? "Learners see it now: it leaves their outline at once." : "Learners have never seen it."} This cannot be undone.
      </p>
    </ConfirmAction>
  );
}
