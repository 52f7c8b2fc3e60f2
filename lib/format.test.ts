import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatHours, formatMinutes } from "./format";

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

describe("dates", () => {
  const at = new Date("2026-12-01T23:30:05Z");
  it("formats calendar dates in UTC, so a date stored as UTC midnight never slips a day", () => {
    expect(formatDate(new Date("2027-03-01T00:00:00Z"))).toBe("1 Mar 2027");
    expect(formatDate(at, "long")).toBe("1 December 2026");
    expect(formatDate(at, "day-month")).toBe("1 Dec");
  });

  it("says which time zone a time is in", () => {
    expect(formatDateTime(at)).toBe("1 Dec 2026, 23:30 UTC");
    expect(formatDateTime(at, "seconds")).toBe("1 Dec 2026, 23:30:05 UTC");
  });
});
