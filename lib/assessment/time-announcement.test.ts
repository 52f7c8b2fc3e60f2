import { describe, expect, it } from "vitest";
import { timeAnnouncement } from "./time-announcement";

const min = 60_000;

describe("timeAnnouncement", () => {
  it("speaks only at 10 and 5 minutes left", () => {
    expect(timeAnnouncement(null)).toBe("");
    expect(timeAnnouncement(30 * min)).toBe("");
    expect(timeAnnouncement(10 * min + 1000)).toBe("");
    expect(timeAnnouncement(10 * min)).toBe("10 minutes left");
    expect(timeAnnouncement(9 * min + 1000)).toBe("10 minutes left");
    expect(timeAnnouncement(8 * min)).toBe("");
    expect(timeAnnouncement(5 * min)).toBe("5 minutes left");
    expect(timeAnnouncement(3 * min)).toBe("");
    expect(timeAnnouncement(0)).toBe("");
  });

  it("keeps the same text through each second of a window, so the live region does not repeat itself", () => {
    const texts = new Set(Array.from({ length: 60 }, (_, s) => timeAnnouncement(10 * min - s * 1000)));
    expect([...texts]).toEqual(["10 minutes left"]);
  });
});
