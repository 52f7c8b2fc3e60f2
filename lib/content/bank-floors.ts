// How deep each target's exam bank must be: a minimum number of items, every
// exam domain at least its blueprint share (to the whole item) of the items its
// format draws on, format by format, and, where the target asks for it, a
// minimum per exam task. Pure: the bank, the targets and the weights come in as data.

export type BankFloor = { minItems: number; minPerTask?: number };
export type FloorRow = { target: string; scope: "total" | "domain" | "task"; name: string; count: number; floor: number };

type Item = { target: string; domain: string; task?: string | null };
type TargetFloors = { code: string; examBank?: BankFloor };
type FormatWeights = { format: string; domains: { code: string; weight: number }[] };

/** Every floor of every target with one, and where the bank stands against it. */
export function bankFloorRows(bank: Item[], targets: TargetFloors[], weights: ReadonlyMap<string, FormatWeights[]>): FloorRow[] {
  const rows: FloorRow[] = [];
  for (const { code, examBank } of targets) {
    if (!examBank) continue;
    const pool = bank.filter((q) => q.target === code);
    rows.push({ target: code, scope: "total", name: "all items", count: pool.length, floor: examBank.minItems });
    const formats = weights.get(code) ?? [];
    for (const { format, domains } of formats) {
      // A format without some of the target's domains draws only on the items of its own.
      const drawn = pool.filter((q) => domains.some((d) => d.code === q.domain));
      for (const d of domains) {
        const name = formats.length > 1 ? `${d.code} (${format})` : d.code;
        rows.push({ target: code, scope: "domain", name, count: drawn.filter((q) => q.domain === d.code).length, floor: Math.floor(d.weight * drawn.length) });
      }
    }
    if (examBank.minPerTask) {
      const tasks = new Map<string, number>();
      for (const q of pool) if (q.task) tasks.set(q.task, (tasks.get(q.task) ?? 0) + 1);
      for (const [task, n] of [...tasks].sort()) rows.push({ target: code, scope: "task", name: task, count: n, floor: examBank.minPerTask });
    }
  }
  return rows;
}

export const shortOf = (rows: FloorRow[]) => rows.filter((r) => r.count < r.floor);
