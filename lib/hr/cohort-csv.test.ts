import { describe, expect, it } from "vitest";
import { aggregateCsv, membersCsv } from "./cohort-csv";
import { aggregateView, type MemberRow } from "./cohort-report";

const exam = { domains: [{ code: "people", name: "People" }] };
const row = (name: string, p: number | null): MemberRow => ({
  id: name,
  name,
  cells: [{ code: "people", probability: p, low: 0, high: 1 }],
  overall: p,
  examPass: p,
  hours: 3.5,
  lastStudyAt: new Date("2027-01-02T10:00:00Z"),
  courses: [],
  overdue: 0,
  risks: [],
});

describe("cohort CSV", () => {
  it("escapes a name a spreadsheet would run as a formula", () => {
    const csv = membersCsv([row("=HYPERLINK(\"http://evil\")", 0.8)], exam, [], null);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("in aggregate form carries no names and the suppression of the page", () => {
    const rows = [row("Ann", 0.9), ...Array.from({ length: 5 }, (_, i) => row(`P${i}`, null))];
    const csv = aggregateCsv(aggregateView(rows, [{ code: "people", weight: 1 }], []), exam, []);
    for (const r of rows) expect(csv).not.toContain(r.name === "Ann" ? "Ann" : `${r.name},`);
    expect(csv).toContain("People,hidden,fewer than 5,fewer than 5,fewer than 5");
  });
});
