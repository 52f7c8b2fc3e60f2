import { Button } from "@/components/ui/button";

type Props = {
  /** "option", "pair" or "item", as the buttons' names say it. */
  noun: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
};

/** Move up, move down and remove for one row of a list, each named for its row. */
export function RowButtons({ noun, index, count, onMove, onRemove }: Props) {
  const n = index + 1;
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="secondary" aria-label={`Move ${noun} ${n} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        Up
      </Button>
      <Button type="button" variant="secondary" aria-label={`Move ${noun} ${n} down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
        Down
      </Button>
      <Button type="button" variant="secondary" aria-label={`Remove ${noun} ${n}`} onClick={() => onRemove(index)}>
        Remove
      </Button>
    </div>
  );
}
