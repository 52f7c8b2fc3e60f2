import { describe, expect, it } from "vitest";
import type { Evidence } from "@/lib/readiness/model";
import { readinessAt, weekDates, WEEKS } from "./cohort-report";

const DAY = 86_400_000;
const domains = [
  { code: "people", weight: 50 },
  { code: "process", weight: 50 },
];

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

describe("readiness at a past date", () => {
  const at = (d: number) => new Date(Date.UTC(2026, 10, 1) + d * DAY);
  const evidence: Evidence[] = [
    { domain: "people", difficulty: 3, credit: 0.8, count: 20, at: at(0) },
    { domain: "process", difficulty: 3, credit: 0.6, count: 20, at: at(2) },
  ];

  it("does not see evidence after that date", () => {
    const later: Evidence = { domain: "people", difficulty: 3, credit: 0, count: 50, at: at(10) };
    expect(readinessAt([...evidence, later], domains, at(5))).toBe(readinessAt(evidence, domains, at(5)));
    expect(readinessAt([...evidence, later], domains, at(11))).not.toBe(readinessAt(evidence, domains, at(11)));
  });

  it("is none before the first evidence", () => {
    expect(readinessAt(evidence, domains, at(-1))).toBeNull();
  });
});
