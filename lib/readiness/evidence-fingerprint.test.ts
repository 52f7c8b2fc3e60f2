import { describe, expect, it } from "vitest";
import { evidenceFingerprint } from "./evidence-fingerprint";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));
const evidence = [
  { domain: "people", difficulty: 3, credit: 0.5, count: 2, at: at(2) },
  { domain: "process", difficulty: 2, credit: 1, at: at(5) },
];

describe("evidenceFingerprint", () => {
  it("counts answers, their credit and the latest, up to a time", () => {
    expect(evidenceFingerprint(evidence)).toBe(`3|2.000|${at(5).getTime()}`);
    expect(evidenceFingerprint(evidence, at(3).getTime())).toBe(`2|1.000|${at(2).getTime()}`);
    expect(evidenceFingerprint([])).toBe("0|0.000|0");
  });

  it("changes with a regrade that keeps the count and the latest answer", () => {
    expect(evidenceFingerprint([{ ...evidence[0]!, credit: 1 }, evidence[1]!])).not.toBe(evidenceFingerprint(evidence));
  });
});
