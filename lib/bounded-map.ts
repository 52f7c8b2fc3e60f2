/**
 * A per-process memo with a budget: each value weighs `weigh(value)` (one by
 * default), and once the total would pass `budget` the least recently used
 * entries go first. A hit moves an entry to the back of the queue, so what is
 * read every day outlives what was read once.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();
  private total = 0;

  constructor(
    private readonly budget: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key)!;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): V {
    if (this.entries.has(key)) {
      this.total -= this.weigh(this.entries.get(key)!);
      this.entries.delete(key);
    }
    const weight = this.weigh(value);
    // A value heavier than the whole budget is returned without being kept.
    if (weight > this.budget) return value;
    for (const [oldest, v] of this.entries) {
      if (this.total + weight <= this.budget) break;
      this.entries.delete(oldest);
      this.total -= this.weigh(v);
    }
    this.entries.set(key, value);
    this.total += weight;
    return value;
  }

  /** The value under `key`, computed by `make` and kept when there is none. */
  getOrSet(key: K, make: () => V): V {
    return this.entries.has(key) ? this.get(key)! : this.set(key, make());
  }

  get size(): number {
    return this.entries.size;
  }
}
