import { describe, expect, it } from "vitest";
import { describeCertainty } from "./certainty";

describe("certainty in words", () => {
  it("follows the width of the interval and says when the numbers are unchecked", () => {
    expect(describeCertainty({ low: 0.6, high: 0.7, enough: true }, 143)).toEqual({ level: "high", words: "Fairly sure: the range is narrow." });
    expect(describeCertainty({ low: 0.5, high: 0.75, enough: true }, 143).level).toBe("medium");
    expect(describeCertainty({ low: 0.3, high: 0.8, enough: true }, 143).level).toBe("low");
    expect(describeCertainty({ low: 0.6, high: 0.7, enough: true }, null).words).toMatch(/not yet checked against real exam results/);
  });

  it("claims nothing without enough evidence, however narrow the range", () => {
    expect(describeCertainty({ low: 0.6, high: 0.62, enough: false }, 143).level).toBe("none");
  });
});
