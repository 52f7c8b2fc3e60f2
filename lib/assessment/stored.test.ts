import { describe, expect, it } from "vitest";
import { gradeResponse } from "./grade";
import { parseJson, payloadOf, responseOf, sectionBreaksOf } from "./stored";

describe("stored JSON", () => {
  it("reads what was written", () => {
    expect(sectionBreaksOf("[60,120]")).toEqual([60, 120]);
    expect(responseOf('{"type":"true-false","value":true}')).toEqual({ type: "true-false", value: true });
    expect(parseJson("{", 7)).toBe(7);
  });

  it("reads nothing or garbage as empty, and an unreadable key grades as no credit", () => {
    expect(sectionBreaksOf(null)).toEqual([]);
    expect(responseOf("not json")).toBeNull();
    expect(gradeResponse(payloadOf("{oops"), { type: "single", choice: "a" })).toEqual({ credit: 0, correct: false });
  });
});
