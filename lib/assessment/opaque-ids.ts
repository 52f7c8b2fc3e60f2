// Ids that reach the browser. They are random per question version, so they
// carry nothing of the key: not an option's authored position, not which
// match belongs to which prompt, not where an item sits in the right order.
// The authored order and pairings stay in the stored payload on the server.
// The random source is the caller's (lib/content/question-ids.ts), so this stays pure.
import type { Payload, Response } from "./types";

/** A source of ids distinct within one question, drawn from `random`. */
export function opaqueIds(random: () => string): () => string {
  const used = new Set<string>();
  return () => {
    let id = random();
    while (used.has(id)) id = random();
    used.add(id);
    return id;
  };
}

/** The payload without its ids: what a question version says, for comparing content. */
export function withoutIds(payload: Payload): unknown {
  switch (payload.type) {
    case "single":
    case "multiple":
      return {
        type: payload.type,
        scoring: payload.type === "multiple" ? payload.scoring : undefined,
        options: payload.options.map((o) => ({ text: o.text, correct: o.correct, credit: o.credit, explanation: o.explanation })),
      };
    case "matching":
      return { type: payload.type, pairs: payload.pairs.map((p) => ({ prompt: p.prompt, match: p.match, explanation: p.explanation })) };
    case "ordering":
      return { type: payload.type, items: payload.items.map((i) => i.text) };
    default:
      return payload;
  }
}

/** Every id a payload hands out, in its stored order. */
function idsOf(payload: Payload): string[] {
  switch (payload.type) {
    case "single":
    case "multiple":
      return payload.options.map((o) => o.id);
    case "matching":
      return payload.pairs.flatMap((p) => [p.id, p.matchId]);
    case "ordering":
      return payload.items.map((i) => i.id);
    default:
      return [];
  }
}

/** What the first bank importer wrote: a, b, c… for options; p1↔m1… for pairs; i1, i2… in the right order. */
function legacyIdsOf(payload: Payload): string[] {
  switch (payload.type) {
    case "single":
    case "multiple":
      return payload.options.map((_, i) => "abcdefghij"[i]!);
    case "matching":
      return payload.pairs.flatMap((_, i) => [`p${i + 1}`, `m${i + 1}`]);
    case "ordering":
      return payload.items.map((_, i) => `i${i + 1}`);
    default:
      return [];
  }
}

/** True when a stored payload still carries the readable ids of the first importer. */
export function hasLegacyIds(payload: Payload): boolean {
  const ids = idsOf(payload);
  const legacy = legacyIdsOf(payload);
  return ids.length > 0 && ids.every((id, i) => id === legacy[i]);
}

/** The same payload with fresh opaque ids, and the map from old ids to new ones. */
export function rekeyPayload(payload: Payload, nextId: () => string): { payload: Payload; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  const swap = (old: string) => {
    const id = nextId();
    ids.set(old, id);
    return id;
  };
  switch (payload.type) {
    case "single":
    case "multiple":
      return { payload: { ...payload, options: payload.options.map((o) => ({ ...o, id: swap(o.id) })) }, ids };
    case "matching":
      return { payload: { ...payload, pairs: payload.pairs.map((p) => ({ ...p, id: swap(p.id), matchId: swap(p.matchId) })) }, ids };
    case "ordering":
      return { payload: { ...payload, items: payload.items.map((i) => ({ ...i, id: swap(i.id) })) }, ids };
    default:
      return { payload, ids };
  }
}

/** A stored response rewritten to a rekeyed payload's ids; ids it never had stay as they were (and still grade as wrong). */
export function rekeyResponse(response: Response, ids: Map<string, string>): Response {
  const to = (id: string) => ids.get(id) ?? id;
  switch (response.type) {
    case "single":
      return { ...response, choice: to(response.choice) };
    case "multiple":
      return { ...response, choices: response.choices.map(to) };
    case "matching":
      return { ...response, matches: Object.fromEntries(Object.entries(response.matches).map(([p, m]) => [to(p), to(m)])) };
    case "ordering":
      return { ...response, order: response.order.map(to) };
    default:
      return response;
  }
}
