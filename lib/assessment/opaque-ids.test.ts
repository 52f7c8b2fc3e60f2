// The ids a learner's browser receives must not reveal the key. Checked over
// the whole shipped bank, as a learner reading the RSC payload would try it.
import { describe, expect, it } from "vitest";
import { rightResponse, wrongResponse } from "@/test/responses";
import { loadQuestionBank } from "@/lib/content/question-bank";
import { contentHash, versionHash } from "@/lib/content/question-hash";
import { randomOpaqueIds } from "@/lib/content/question-ids";
import { gradeResponse } from "./grade";
import { hasLegacyIds, opaqueIds, rekeyPayload, rekeyResponse } from "./opaque-ids";
import { presentQuestion } from "./present";
import { toPayload } from "./to-payload";
import type { Payload } from "./types";

const bank = loadQuestionBank().map((q) => ({ q, payload: toPayload(q, randomOpaqueIds()) }));
const shown = bank.map(({ q, payload }) => ({ payload, presented: presentQuestion(q.type, q.stem, payload, `attempt-1:${q.id}`) }));
const byType = <T extends Payload["type"]>(type: T) =>
  shown.filter((s): s is typeof s & { payload: Extract<Payload, { type: T }> } => s.payload.type === type);
const sorted = (ids: string[]) => [...ids].sort();
const share = (hits: number, total: number) => hits / total;

/** The stored form the first importer wrote, for migration tests. */
function legacyOf(payload: Payload): Payload {
  switch (payload.type) {
    case "single":
    case "multiple":
      return { ...payload, options: payload.options.map((o, i) => ({ ...o, id: "abcdefghij"[i]! })) } as Payload;
    case "matching":
      return { ...payload, pairs: payload.pairs.map((p, i) => ({ ...p, id: `p${i + 1}`, matchId: `m${i + 1}` })) };
    case "ordering":
      return { ...payload, items: payload.items.map((item, i) => ({ ...item, id: `i${i + 1}` })) };
    default:
      return payload;
  }
}

describe("presented ids over the whole bank", () => {
  it("never use the readable shapes of old (a, b…; p1/m1; i1…) and are distinct within a question", () => {
    for (const { presented } of shown) {
      const ids = [...(presented.options ?? []), ...(presented.prompts ?? []), ...(presented.matches ?? []), ...(presented.items ?? [])].map((x) => x.id);
      for (const id of ids) expect(id).not.toMatch(/^([a-j]|[pmi]\d+)$/);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("single choice: the key is the alphabetically first id no more often than chance", () => {
    const items = byType("single");
    const first = items.filter(({ payload, presented }) => sorted(presented.options!.map((o) => o.id))[0] === payload.options.find((o) => o.correct)!.id);
    // Chance is one in the number of options (about 0.26 over this bank); the old ids gave 0.46.
    expect(share(first.length, items.length)).toBeLessThan(0.35);
  });

  it("multiple response: the keyed options are not the alphabetically first ids", () => {
    const items = byType("multiple");
    const leading = items.filter(({ payload, presented }) => {
      const keyed = payload.options.filter((o) => o.correct).map((o) => o.id);
      return sorted(keyed).join() === sorted(presented.options!.map((o) => o.id)).slice(0, keyed.length).join();
    });
    expect(share(leading.length, items.length)).toBeLessThan(0.3);
  });

  it("matching: no prompt shares the rest of its id with its match, and sorting ids does not pair them", () => {
    const items = byType("matching");
    let right = 0;
    let total = 0;
    for (const { payload, presented } of items) {
      for (const pair of payload.pairs) expect(pair.id.slice(1)).not.toBe(pair.matchId.slice(1));
      const prompts = sorted(presented.prompts!.map((p) => p.id));
      const matches = sorted(presented.matches!.map((m) => m.id));
      prompts.forEach((prompt, i) => {
        total++;
        if (payload.pairs.find((p) => p.id === prompt)!.matchId === matches[i]) right++;
      });
    }
    expect(share(right, total)).toBeLessThan(0.45);
  });

  it("ordering: sorting the ids does not give the right order", () => {
    const items = byType("ordering");
    const revealed = items.filter(({ payload, presented }) => sorted(presented.items!.map((i) => i.id)).join() === payload.items.map((i) => i.id).join());
    expect(share(revealed.length, items.length)).toBeLessThan(0.1);
  });
});

describe("rekeying stored payloads", () => {
  it("recognises the old ids and only those", () => {
    for (const { payload } of bank.slice(0, 200)) {
      const idless = payload.type === "true-false" || payload.type === "numeric";
      expect(hasLegacyIds(legacyOf(payload))).toBe(!idless);
      expect(hasLegacyIds(payload)).toBe(false);
    }
  });

  it("keeps every stored response grading exactly as before, over the whole bank", () => {
    for (const { q, payload } of bank) {
      const legacy = legacyOf(payload);
      const { payload: fresh, ids } = rekeyPayload(legacy, randomOpaqueIds());
      expect(hasLegacyIds(fresh), q.id).toBe(false);
      for (const response of [rightResponse(legacy), wrongResponse(legacy)]) {
        expect(gradeResponse(fresh, rekeyResponse(response, ids)), q.id).toEqual(gradeResponse(legacy, response));
      }
    }
  });

  it("leaves the content hash alone, so a re-import after rekeying makes no new version", () => {
    for (const { q, payload } of bank.slice(0, 100)) {
      const legacy = legacyOf(payload);
      expect(versionHash({ type: q.type, stem: q.stem, explanation: q.explanation, payload: rekeyPayload(legacy, randomOpaqueIds()).payload })).toBe(contentHash(q));
    }
  });

  it("draws distinct ids even from a source that repeats itself", () => {
    const values = ["x", "x", "y", "x", "z"];
    const next = opaqueIds(() => values.shift()!);
    expect([next(), next(), next()]).toEqual(["x", "y", "z"]);
  });
});
