"use client";

import { ConfirmAction } from "@/components/ui/confirm-action";
import { deleteOutlineItemAction } from "../../../actions";

type Props = { kind: "module" | "lesson"; id: string; title: string; published: boolean; className: string };

/** The outline's delete button and its confirm step; the server refuses an item learners have records on, and the dialog says why. */
export function DeleteOutlineItem({ kind, id, title, published, className }: Props) {
  return (
    <ConfirmAction
      action={deleteOutlineItemAction}
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
