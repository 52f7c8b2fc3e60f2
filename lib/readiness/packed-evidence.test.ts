import { describe, expect, it } from "vitest";
import { packEvidence, packedRows, unpackEvidence, type GroupedEvidence } from "./packed-evidence";

describe("packed evidence", () => {
  it("gives back the very same rows, in order", () => {
    const rows: GroupedEvidence[] = [
      { domain: "people", difficulty: 3, credit: 0.1 + 0.2, count: 3, at: new Date("2026-11-02T15:30:00.250Z") },
      { domain: "process", difficulty: 5, credit: 1, count: 1, at: new Date("2026-11-03T08:00:00.000Z") },
      { domain: "people", difficulty: 1, credit: 1 / 3, count: 70_000, at: new Date("2026-11-05T07:00:00.000Z") },
    ];
    const packed = packEvidence(rows);
    expect(packedRows(packed)).toBe(3);
    expect(packed.domains).toEqual(["people", "process"]);
    expect(unpackEvidence(packed)).toEqual(rows);
    expect(unpackEvidence(packEvidence([]))).toEqual([]);
  });

  it("counts a row without a count as one answer", () => {
    expect(unpackEvidence(packEvidence([{ domain: "people", difficulty: 2, credit: 0, at: new Date(0) }]))[0]!.count).toBe(1);
  });
});
