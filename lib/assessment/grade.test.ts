import { describe, expect, it } from "vitest";
import { gradeResponse } from "./grade";
import type { KeyedOption, Payload } from "./types";

const opt = (id: string, correct = false, credit = correct ? 1 : 0): KeyedOption => ({ id, text: id, correct, credit, explanation: "" });

describe("gradeResponse", () => {
  it("single choice, with partial credit for a reasonable second-best", () => {
    const p: Payload = { type: "single", options: [opt("a", true), opt("b", false, 0.5), opt("c")] };
    expect(gradeResponse(p, { type: "single", choice: "a" })).toEqual({ credit: 1, correct: true });
    expect(gradeResponse(p, { type: "single", choice: "b" })).toEqual({ credit: 0.5, correct: false });
    expect(gradeResponse(p, { type: "single", choice: "c" })).toEqual({ credit: 0, correct: false });
    expect(gradeResponse(p, { type: "single", choice: "zzz" })).toEqual({ credit: 0, correct: false });
  });

  it("multiple response, all-or-nothing and partial", () => {
    const options = [opt("a", true), opt("b", true), opt("c", true), opt("d"), opt("e")];
    const all: Payload = { type: "multiple", scoring: "all-or-nothing", options };
    const partial: Payload = { type: "multiple", scoring: "partial", options };
    expect(gradeResponse(all, { type: "multiple", choices: ["c", "a", "b"] })).toEqual({ credit: 1, correct: true });
    expect(gradeResponse(all, { type: "multiple", choices: ["a", "b"] })).toEqual({ credit: 0, correct: false });
    expect(gradeResponse(partial, { type: "multiple", choices: ["a", "b"] }).credit).toBeCloseTo(2 / 3);
    expect(gradeResponse(partial, { type: "multiple", choices: ["a", "b", "d"] }).credit).toBeCloseTo(1 / 3);
    expect(gradeResponse(partial, { type: "multiple", choices: ["a", "b", "c", "d", "e"] }).credit).toBeCloseTo(1 / 3);
    expect(gradeResponse(partial, { type: "multiple", choices: ["d", "e"] }).credit).toBe(0);
  });

  it("multiple response, weighted as Moodle's multiple answer: the sum of the chosen options' weights, from 0 to 1", () => {
    const third = 1 / 3;
    const weighted: Payload = { type: "multiple", scoring: "weighted", options: [opt("a", true, 0.7), opt("b", true, 0.3), opt("c", false, -0.5), opt("d", false, 0)] };
    expect(gradeResponse(weighted, { type: "multiple", choices: ["b", "a"] })).toEqual({ credit: 1, correct: true });
    expect(gradeResponse(weighted, { type: "multiple", choices: ["a"] })).toEqual({ credit: 0.7, correct: false });
    expect(gradeResponse(weighted, { type: "multiple", choices: ["a", "d"] })).toEqual({ credit: 0.7, correct: false });
    expect(gradeResponse(weighted, { type: "multiple", choices: ["a", "c"] }).credit).toBeCloseTo(0.2);
    expect(gradeResponse(weighted, { type: "multiple", choices: ["b", "c"] }).credit).toBe(0);
    expect(gradeResponse(weighted, { type: "multiple", choices: ["a", "a", "a"] }).credit).toBe(0.7);
    const thirds: Payload = { type: "multiple", scoring: "weighted", options: [opt("a", true, third), opt("b", true, third), opt("c", true, third), opt("d", false, -1)] };
    expect(gradeResponse(thirds, { type: "multiple", choices: ["a", "b", "c"] })).toEqual({ credit: 1, correct: true });
    // As the form writes thirds: within rounding of 1.
    const written: Payload = { type: "multiple", scoring: "weighted", options: [opt("a", true, 0.333333), opt("b", true, 0.333333), opt("c", true, 0.333333), opt("d", false, -0.333333)] };
    expect(gradeResponse(written, { type: "multiple", choices: ["a", "b", "c"] })).toEqual({ credit: 1, correct: true });
    expect(gradeResponse(written, { type: "multiple", choices: ["a", "b"] }).credit).toBe(0.666666);
  });

  it("true/false", () => {
    const p: Payload = { type: "true-false", answer: false, falseExplanation: "" };
    expect(gradeResponse(p, { type: "true-false", value: false }).correct).toBe(true);
    expect(gradeResponse(p, { type: "true-false", value: true }).credit).toBe(0);
  });

  it("numeric within tolerance, inclusive", () => {
    const p: Payload = { type: "numeric", answer: 1.33, tolerance: 0.01 };
    expect(gradeResponse(p, { type: "numeric", value: 1.34 }).correct).toBe(true);
    expect(gradeResponse(p, { type: "numeric", value: 1.32 }).correct).toBe(true);
    expect(gradeResponse(p, { type: "numeric", value: 1.345 }).correct).toBe(false);
    expect(gradeResponse(p, { type: "numeric", value: Number.NaN }).correct).toBe(false);
  });

  it("matching earns a share per right pair", () => {
    const p: Payload = {
      type: "matching",
      pairs: ["1", "2", "3", "4"].map((n) => ({ id: `p${n}`, prompt: n, matchId: `m${n}`, match: n, explanation: "" })),
    };
    expect(gradeResponse(p, { type: "matching", matches: { p1: "m1", p2: "m2", p3: "m3", p4: "m4" } })).toEqual({ credit: 1, correct: true });
    expect(gradeResponse(p, { type: "matching", matches: { p1: "m1", p2: "m2", p3: "m4", p4: "m3" } })).toEqual({ credit: 0.5, correct: false });
    expect(gradeResponse(p, { type: "matching", matches: {} }).credit).toBe(0);
  });

  it("ordering earns the share of pairs in the right relative order", () => {
    const p: Payload = { type: "ordering", items: ["d", "m", "a", "i", "c"].map((id) => ({ id, text: id })) };
    expect(gradeResponse(p, { type: "ordering", order: ["d", "m", "a", "i", "c"] })).toEqual({ credit: 1, correct: true });
    // One adjacent swap breaks 1 of 10 pairs.
    expect(gradeResponse(p, { type: "ordering", order: ["d", "m", "i", "a", "c"] })).toEqual({ credit: 0.9, correct: false });
    expect(gradeResponse(p, { type: "ordering", order: ["c", "i", "a", "m", "d"] }).credit).toBe(0);
    expect(gradeResponse(p, { type: "ordering", order: ["d", "d", "a", "i", "c"] }).credit).toBe(0);
  });

  it("gives nothing for no answer or an answer of another type", () => {
    const p: Payload = { type: "true-false", answer: true, falseExplanation: "" };
    expect(gradeResponse(p, null)).toEqual({ credit: 0, correct: false });
    expect(gradeResponse(p, { type: "numeric", value: 1 })).toEqual({ credit: 0, correct: false });
  });
});
