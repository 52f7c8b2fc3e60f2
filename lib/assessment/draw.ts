// Draws exam items by blueprint domain weights, preferring items the learner
// has not seen recently.
import { shuffle } from "./present";

export type PoolItem = { id: string; domain: string; lastSeenAt: Date | null };
export type Weight = { code: string; weight: number };

/** Seats per domain by largest remainder, moving seats a domain cannot fill to the others. */
export function allocate(count: number, weights: Weight[], available: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(weights.map((w) => [w.code, 0]));
  let remaining = Math.min(count, weights.reduce((n, w) => n + (available[w.code] ?? 0), 0));
  let open = weights.filter((w) => (available[w.code] ?? 0) > 0 && w.weight > 0);
  while (remaining > 0 && open.length > 0) {
    const total = open.reduce((s, w) => s + w.weight, 0);
    const exact = open.map((w) => ({ code: w.code, share: (remaining * w.weight) / total }));
    const seats = exact.map((e) => ({ ...e, seats: Math.floor(e.share) }));
    let left = remaining - seats.reduce((n, s) => n + s.seats, 0);
    for (const s of [...seats].sort((a, b) => b.share - b.seats - (a.share - a.seats) || a.code.localeCompare(b.code))) {
      if (left === 0) break;
      s.seats++;
      left--;
    }
    let placed = 0;
    for (const s of seats) {
      const room = (available[s.code] ?? 0) - out[s.code]!;
      const take = Math.min(room, s.seats);
      out[s.code]! += take;
      placed += take;
    }
    remaining -= placed;
    open = open.filter((w) => out[w.code]! < (available[w.code] ?? 0));
    if (placed === 0) break;
  }
  return out;
}

/**
 * Picks `count` items: seats per domain by weight, and within a domain the
 * least recently seen first (never-seen before all), ties broken at random.
 */
export function drawItems(pool: PoolItem[], weights: Weight[], count: number, random: () => number): PoolItem[] {
  const byDomain = new Map<string, PoolItem[]>();
  for (const item of pool) byDomain.set(item.domain, [...(byDomain.get(item.domain) ?? []), item]);
  const available = Object.fromEntries([...byDomain].map(([d, items]) => [d, items.length]));
  const seats = allocate(count, weights, available);
  const picked: PoolItem[] = [];
  for (const [domain, n] of Object.entries(seats)) {
    const ranked = (byDomain.get(domain) ?? [])
      .map((item) => ({ item, seen: item.lastSeenAt?.getTime() ?? Number.MIN_SAFE_INTEGER, tie: random() }))
      .sort((a, b) => a.seen - b.seen || a.tie - b.tie);
    picked.push(...ranked.slice(0, n).map((r) => r.item));
  }
  // Mix domains as the real exams do.
  return shuffle(picked, random);
}
