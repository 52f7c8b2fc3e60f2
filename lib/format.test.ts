import { describe, expect, it } from "vitest";
import { formatHours, formatMinutes } from "./format";

describe("formatMinutes", () => {
  it.each([
    [0, "0 min"],
    [45, "45 min"],
    [60, "1 h"],
    [125, "2 h 5 min"],
  ])("%i -> %s", (m, text) => expect(formatMinutes(m)).toBe(text));
});

describe("formatHours", () => {
  it("shows whole hours without decimals and others with one", () => {
    expect(formatHours(35)).toBe("35 h");
    expect(formatHours(2.25)).toBe("2.3 h");
  });
});
