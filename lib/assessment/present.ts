// What the browser may see of a question before it is answered: text and
// choices, in a per-attempt order, and nothing of the key.
import type { Payload, QuestionType } from "./types";

export type PresentedQuestion = {
  type: QuestionType;
  stem: string;
  options?: { id: string; text: string }[];
  /** For matching: the prompts in order, and the matches to choose from, shuffled. */
  prompts?: { id: string; text: string }[];
  matches?: { id: string; text: string }[];
  /** For ordering: the items, shuffled. */
  items?: { id: string; text: string }[];
  unit?: string;
};

/** A small deterministic PRNG (mulberry32), so an item shows the same order on every load. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function presentQuestion(type: QuestionType, stem: string, payload: Payload, seed: string): PresentedQuestion {
  const random = seededRandom(seed);
  switch (payload.type) {
    case "single":
    case "multiple":
      return { type, stem, options: shuffle(payload.options, random).map(({ id, text }) => ({ id, text })) };
    case "true-false":
      return { type, stem };
    case "numeric":
      return { type, stem, unit: payload.unit };
    case "matching":
      return {
        type,
        stem,
        prompts: payload.pairs.map((p) => ({ id: p.id, text: p.prompt })),
        matches: shuffle(payload.pairs, random).map((p) => ({ id: p.matchId, text: p.match })),
      };
    case "ordering": {
      let items = shuffle(payload.items, random);
      // Never show the answer as the starting order.
      if (items.every((item, i) => item.id === payload.items[i]!.id)) items = [...items.slice(1), items[0]!];
      return { type, stem, items: items.map(({ id, text }) => ({ id, text })) };
    }
  }
}
