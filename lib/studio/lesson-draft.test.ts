import { describe, expect, it } from "vitest";
import { effectiveLesson, liveFields, moveItem, uniqueSlug } from "./lesson-draft";

describe("effectiveLesson", () => {
  const live = { title: "Takt", minutes: 9, objectives: "Compute takt\nUse it", body: "Live text", draft: null };
  it("reads the published fields when there is no draft", () => {
    expect(effectiveLesson(live)).toEqual({ title: "Takt", minutes: 9, objectives: ["Compute takt", "Use it"], body: "Live text" });
  });
  it("prefers the draft, which publishing turns into the live fields", () => {
    const draft = { title: "Takt time", minutes: 12, objectives: ["Compute takt"], body: "two words" };
    expect(effectiveLesson({ ...live, draft: JSON.stringify(draft) })).toEqual(draft);
    expect(liveFields(draft)).toEqual({ title: "Takt time", minutes: 12, objectives: "Compute takt", body: "two words", wordCount: 2, draft: null });
  });
});

describe("uniqueSlug", () => {
  it("makes a readable slug and numbers repeats", () => {
    expect(uniqueSlug("Value Stream Mapping!", [])).toBe("value-stream-mapping");
    expect(uniqueSlug("Value stream mapping", ["value-stream-mapping", "value-stream-mapping-2"])).toBe("value-stream-mapping-3");
    expect(uniqueSlug("Café & Crème", [])).toBe("cafe-creme");
    expect(uniqueSlug("¿?", [])).toBe("untitled");
  });
});

describe("moveItem", () => {
  it("moves up, down and clamps past the ends", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, 99)).toEqual(["b", "c", "a"]);
    expect(moveItem(["a", "b"], 5, 0)).toEqual(["a", "b"]);
  });
});
