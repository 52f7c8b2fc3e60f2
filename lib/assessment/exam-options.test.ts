import { describe, expect, it } from "vitest";
import type { Blueprint } from "@/lib/readiness/blueprint";
import { examOptions } from "./exam-options";

const blueprint = (targetId: string, effectiveFrom: string, name: string, format = ""): Blueprint => ({
  id: `${targetId}-${format}-${effectiveFrom}`,
  targetId,
  format,
  name,
  effectiveFrom: new Date(effectiveFrom),
  questionCount: 100,
  scoredCount: 100,
  minutes: 120,
  passingPercent: 70,
  sectionBreaks: [50],
  sectionBreaksAssumed: targetId === "t1",
  breakMinutes: 10,
  openBook: false,
  scaledPass: null,
  scaledMax: null,
  domains: [
    { code: "a", name: "A", weight: 0.5 },
    { code: "b", name: "B", weight: 0.5 },
  ],
});
const now = new Date("2026-11-29T10:00:00Z");
const attempt = (id: string, targetId: string, status: string, percent: number | null = null, format = "") => ({
  id,
  targetId,
  format,
  mode: "short",
  domain: null,
  status,
  deadlineAt: null,
  percent,
  passed: percent === null ? null : percent >= 70,
  submittedAt: status === "submitted" ? now : null,
});

describe("examOptions", () => {
  const targets = [
    { id: "t2", code: "CAPM", name: "CAPM" },
    { id: "t1", code: "PMP", name: "PMP" },
    { id: "t3", code: "EI", name: "EI" },
  ];
  const blueprints = [blueprint("t1", "2021-01-01", "old"), blueprint("t1", "2026-07-09", "new"), blueprint("t2", "2023-01-01", "capm"), blueprint("t3", "2030-01-01", "future")];
  const bank = [
    { targetId: "t1", domain: "a", count: 40 },
    { targetId: "t1", domain: "b", count: 8 },
    { targetId: "t2", domain: "a", count: 300 },
  ];
  const options = examOptions(targets, blueprints, bank, [attempt("x1", "t1", "in_progress"), ...Array.from({ length: 7 }, (_, i) => attempt(`d${i}`, "t1", "submitted", 10 * i))], now);

  it("keeps the targets' order and leaves out a target with no blueprint in force yet", () => {
    expect(options.map((o) => [o.code, o.blueprint.name])).toEqual([
      ["CAPM", "capm"],
      ["PMP", "new"],
    ]);
  });

  it("carries whether the breaks are assumed, for the page to say so", () => {
    expect(options.map((o) => [o.code, o.blueprint.sectionBreaksAssumed])).toEqual([
      ["CAPM", false],
      ["PMP", true],
    ]);
  });

  it("sizes the exams by what the bank holds per domain", () => {
    const pmp = options[1]!;
    expect(pmp.bankSize).toBe(48);
    expect(pmp.domains.map((d) => d.available)).toEqual([40, 8]);
    expect(pmp.plans).toMatchObject({ short: { questions: 20 }, drill: { questions: 10 }, full: { questions: 48 } });
  });

  it("lists the open attempts and the five latest finished ones", () => {
    const pmp = options[1]!;
    expect(pmp.open.map((o) => o.id)).toEqual(["x1"]);
    expect(pmp.recent.map((r) => r.id)).toEqual(["d0", "d1", "d2", "d3", "d4"]);
    expect(options[0]!.open).toEqual([]);
  });
});

describe("examOptions for a target with two formats", () => {
  const targets = [{ id: "gb", code: "LSSGB", name: "Green Belt" }];
  const asq: Blueprint = {
    ...blueprint("gb", "2022-01-01", "ASQ CSSGB", "asq-cssgb"),
    questionCount: 110,
    scoredCount: 100,
    minutes: 258,
    openBook: true,
    scaledPass: 550,
    scaledMax: 750,
    domains: [
      { code: "overview", name: "Overview", weight: 0.2 },
      { code: "a", name: "A", weight: 0.4 },
      { code: "b", name: "B", weight: 0.4 },
    ],
  };
  const iassc = { ...blueprint("gb", "2022-01-01", "IASSC", "iassc"), minutes: 180 };
  const bank = [
    { targetId: "gb", domain: "overview", count: 30 },
    { targetId: "gb", domain: "a", count: 100 },
    { targetId: "gb", domain: "b", count: 90 },
  ];
  const options = examOptions(targets, [iassc, asq], bank, [attempt("q1", "gb", "submitted", 80, "iassc"), attempt("q2", "gb", "in_progress", null, "asq-cssgb")], now);

  it("offers each format, sharing the bank, each sized by the items of its own domains", () => {
    expect(options.map((o) => [o.code, o.format, o.blueprint.name, o.bankSize])).toEqual([
      ["LSSGB", "asq-cssgb", "ASQ CSSGB", 220],
      ["LSSGB", "iassc", "IASSC", 190],
    ]);
    expect(options[1]!.domains.map((d) => d.code)).toEqual(["a", "b"]);
  });

  it("carries each format's own facts", () => {
    expect(options[0]!.blueprint).toMatchObject({ questionCount: 110, scoredCount: 100, minutes: 258, openBook: true, scaledPass: 550, scaledMax: 750 });
    expect(options[1]!.blueprint).toMatchObject({ questionCount: 100, minutes: 180, openBook: false, scaledPass: null });
    expect(options[0]!.plans.full).toMatchObject({ questions: 110, minutes: 258 });
  });

  it("lists each attempt under the format it was drawn for, and one of a format no longer offered under the first", () => {
    expect(options.map((o) => [o.open.map((a) => a.id), o.recent.map((a) => a.id)])).toEqual([
      [["q2"], []],
      [[], ["q1"]],
    ]);
    const withOld = examOptions(targets, [iassc, asq], bank, [attempt("old", "gb", "submitted", 60, "")], now);
    expect(withOld.map((o) => o.recent.map((a) => a.id))).toEqual([["old"], []]);
  });
});
