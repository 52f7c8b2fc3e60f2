import { describe, expect, it } from "vitest";
import type { Evidence } from "@/lib/readiness/model";
import { readinessAt } from "./cohort-report";

const DAY = 86_400_000;
const domains = [
  { code: "people", weight: 50 },
  { code: "process", weight: 50 },
];

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
