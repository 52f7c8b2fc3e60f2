import { describe, expect, it } from "vitest";
import { presentQuestion } from "./present";
import { parseResponse } from "./response-schema";
import type { Payload } from "./types";

const single: Payload = {
  type: "single",
  options: ["a", "b", "c", "d"].map((id, i) => ({ id, text: `Option ${id}`, correct: i === 0, credit: i === 0 ? 1 : 0, explanation: `Why ${id}` })),
};
const matching: Payload = {
  type: "matching",
  pairs: ["1", "2", "3"].map((n) => ({ id: `p${n}`, prompt: `P${n}`, matchId: `m${n}`, match: `M${n}`, explanation: `E${n}` })),
};
const ordering: Payload = { type: "ordering", items: ["a", "b", "c", "d"].map((id) => ({ id, text: id.toUpperCase() })) };
const numeric: Payload = { type: "numeric", answer: 42.5, tolerance: 0.5, unit: "minutes" };

describe("presentQuestion", () => {
  it.each([single, matching, ordering, numeric, { type: "true-false", answer: true, falseExplanation: "F" } as Payload])(
    "leaks nothing of the key ($type)",
    (payload) => {
      const shown = JSON.stringify(presentQuestion(payload.type, "Stem", payload, "seed"));
      expect(shown).not.toMatch(/"correct"|"credit"|"explanation"|"answer"|"tolerance"|"matchId"|Why |"E\d"|falseExplanation/);
      expect(shown).not.toContain("42.5");
    },
  );

  it("shuffles per seed, the same way on every load", () => {
    const a = presentQuestion("single", "S", single, "item-1");
    expect(presentQuestion("single", "S", single, "item-1")).toEqual(a);
    const orders = new Set(["s1", "s2", "s3", "s4", "s5", "s6"].map((s) => presentQuestion("single", "S", single, s).options!.map((o) => o.id).join("")));
    expect(orders.size).toBeGreaterThan(1);
  });

  it("never starts an ordering item in the right order", () => {
    for (let i = 0; i < 50; i++) {
      expect(presentQuestion("ordering", "S", ordering, `seed-${i}`).items!.map((x) => x.id).join("")).not.toBe("abcd");
    }
  });
});

describe("parseResponse", () => {
  it("accepts well-formed answers", () => {
    expect(parseResponse(single, { type: "single", choice: "b" }).ok).toBe(true);
    expect(parseResponse(matching, { type: "matching", matches: { p1: "m2" } }).ok).toBe(true);
    expect(parseResponse(ordering, { type: "ordering", order: ["d", "c", "b", "a"] }).ok).toBe(true);
    expect(parseResponse(numeric, { type: "numeric", value: 3 }).ok).toBe(true);
  });

  it.each([
    [single, { type: "single", choice: "z" }, "Choose one of the options."],
    [single, { type: "numeric", value: 1 }, "That answer doesn't fit this question."],
    [single, "b", "That answer doesn't fit this question."],
    [numeric, { type: "numeric", value: "12" }, "That answer doesn't fit this question."],
    [matching, { type: "matching", matches: { p9: "m1" } }, "Match each item to one of the choices."],
    [ordering, { type: "ordering", order: ["a", "a", "b", "c"] }, "Put every item in order."],
    [ordering, { type: "ordering", order: ["a", "b"] }, "Put every item in order."],
  ] as const)("refuses %#", (payload, raw, error) => {
    expect(parseResponse(payload, raw)).toEqual({ ok: false, error });
  });
});
