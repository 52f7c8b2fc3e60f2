import { describe, expect, it } from "vitest";
import { weekDates, WEEKS } from "./week-dates";

describe("the trend's dates", () => {
  it("are the last whole weeks' ends (Monday 00:00 UTC) and now, the same all week", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const dates = weekDates(now);
    expect(dates).toHaveLength(WEEKS);
    expect(dates.at(-1)).toBe(now);
    expect(dates.at(-2)!.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(dates[0]!.toISOString()).toBe("2026-10-12T00:00:00.000Z");
    expect(weekDates(new Date("2026-11-29T23:59:00Z")).slice(0, -1)).toEqual(dates.slice(0, -1));
    // On the stroke of a week's end, that end is now, not a point of its own.
    expect(weekDates(new Date("2026-11-30T00:00:00Z")).at(-2)!.toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });
});
