import type { MouseEvent } from "react";
import { Button } from "@/components/ui/button";

type Props = {
  /** "option", "pair" or "item", as the buttons' names say it. */
  noun: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
};

// aria-disabled rather than disabled: a row moved to the end keeps the focus on its button.
const inert = "aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

/** Move up, move down and remove for one row of a list, each named for its row. */
export function RowButtons({ noun, index, count, onMove, onRemove }: Props) {
  const n = index + 1;
  const first = index === 0;
  const last = index === count - 1;
  const remove = (event: MouseEvent<HTMLButtonElement>) => {
    const list = event.currentTarget.closest("ol");
    onRemove(index);
    // The removed row took the focus with it: hand it to the row that takes its place, or the one before.
    requestAnimationFrame(() => {
      const buttons = list?.querySelectorAll<HTMLButtonElement>("[data-row-remove]");
      if (buttons?.length) buttons[Math.min(index, buttons.length - 1)]!.focus();
    });
  };
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" className={inert} aria-label={`Move ${noun} ${n} up`} aria-disabled={first || undefined} onClick={() => !first && onMove(index, index - 1)}>
        Up
      </Button>
      <Button type="button" variant="secondary" className={inert} aria-label={`Move ${noun} ${n} down`} aria-disabled={last || undefined} onClick={() => !last && onMove(index, index + 1)}>
        Down
      </Button>
      <Button type="button" variant="secondary" aria-label={`Remove ${noun} ${n}`} data-row-remove onClick={remove}>
        Remove
      </Button>
    </div>
  );
}
