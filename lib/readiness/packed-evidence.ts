import type { Evidence } from "./model";

/** Evidence grouped without its items, as HR's cohort views read it. */
export type GroupedEvidence = Omit<Evidence, "itemId" | "choices">;

/**
 * Grouped evidence in typed arrays, to keep many learners' of it in memory: about 30
 * bytes a row, where the objects take about 150. `unpackEvidence` gives back the very
 * same rows, in order, so a fit of either is the same fit.
 */
export type PackedEvidence = {
  domains: string[];
  domain: Uint16Array;
  difficulty: Float64Array;
  credit: Float64Array;
  count: Uint32Array;
  at: Float64Array;
};

export function packEvidence(rows: GroupedEvidence[]): PackedEvidence {
  const domains: string[] = [];
  const packed: PackedEvidence = {
    domains,
    domain: new Uint16Array(rows.length),
    difficulty: new Float64Array(rows.length),
    credit: new Float64Array(rows.length),
    count: new Uint32Array(rows.length),
    at: new Float64Array(rows.length),
  };
  rows.forEach((row, i) => {
    let d = domains.indexOf(row.domain);
    if (d < 0) d = domains.push(row.domain) - 1;
    packed.domain[i] = d;
    packed.difficulty[i] = row.difficulty;
    packed.credit[i] = row.credit;
    packed.count[i] = row.count ?? 1;
    packed.at[i] = row.at.getTime();
  });
  return packed;
}

export function unpackEvidence(packed: PackedEvidence): GroupedEvidence[] {
  return Array.from(packed.at, (at, i) => ({
    domain: packed.domains[packed.domain[i]!]!,
    difficulty: packed.difficulty[i]!,
    credit: packed.credit[i]!,
    count: packed.count[i]!,
    at: new Date(at),
  }));
}

export const packedRows = (packed: PackedEvidence) => packed.at.length;
