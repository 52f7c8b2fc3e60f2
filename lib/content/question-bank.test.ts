// The shipped question bank: valid, big enough for every exam, and a quiz for every module.
import { describe, expect, it } from "vitest";
import { gradeResponse } from "@/lib/assessment/grade";
import { BANK_LIMITS, lintTarget } from "@/lib/assessment/item-lint";
import { toPayload } from "@/lib/assessment/to-payload";
import { rightResponse, wrongResponse } from "@/test/responses";
import { CONTENT_ROOT, loadContent } from "./load";
import { loadQuestionBank } from "./question-bank";
import { randomOpaqueIds } from "./question-ids";
import { latestWeights } from "@/prisma/blueprints";
import { bankFloorRows, shortOf } from "./bank-floors";
import { appliedShares, appliedShortfalls } from "./item-kinds";
import { loadTargets } from "./targets";

const bank = loadQuestionBank();
const count = (target: string, domain?: string) => bank.filter((q) => q.target === target && (!domain || q.domain === domain) && !q.module?.startsWith("process-manager-foundations/")).length;

describe("question bank", () => {
  it("has the shipped minimum per target", () => {
    expect(count("PMP")).toBeGreaterThanOrEqual(185);
    expect(count("CAPM")).toBeGreaterThanOrEqual(150);
    expect(count("LSSGB")).toBeGreaterThanOrEqual(100);
    expect(count("LEAN")).toBeGreaterThanOrEqual(50);
    expect(count("EI")).toBeGreaterThanOrEqual(50);
  });

  it("meets every target's floors: its size, every domain at its blueprint share, and PMP's ten items per task", () => {
    const rows = bankFloorRows(bank, loadTargets(), latestWeights());
    expect(rows.filter((r) => r.scope === "task").length).toBeGreaterThan(30);
    expect(shortOf(rows)).toEqual([]);
  });

  it("is applied, not recall: PMP asks what to do in at least 60% of items, every bank sets a situation in at least half", () => {
    expect(appliedShortfalls(appliedShares(bank))).toEqual([]);
  });

  it("spreads PMP by the July 2026 weights and Green Belt by Body of Knowledge section", () => {
    const pmp = count("PMP");
    expect(count("PMP", "people") / pmp).toBeCloseTo(0.33, 1);
    expect(count("PMP", "process") / pmp).toBeCloseTo(0.41, 1);
    expect(count("PMP", "business-environment") / pmp).toBeCloseTo(0.26, 1);
    for (const [section, n] of Object.entries({ overview: 11, define: 20, measure: 20, analyze: 18, improve: 16, control: 15 })) {
      expect(count("LSSGB", section), section).toBeGreaterThanOrEqual(n);
    }
    expect(bank.filter((q) => q.target === "LSSGB" && q.type === "numeric").length).toBeGreaterThanOrEqual(20);
  });

  it("has situational-judgement items with partial credit for EI", () => {
    const partial = bank.filter((q) => q.target === "EI" && q.type === "single" && q.options.some((o) => !o.correct && (o.credit ?? 0) > 0));
    expect(partial.length).toBeGreaterThanOrEqual(15);
  });

  it("never repeats a stem within a target, so a draw never shows the same question twice", () => {
    const stems = bank.map((q) => `${q.target}: ${q.stem}`);
    expect(stems.filter((s, i) => stems.indexOf(s) !== i)).toEqual([]);
  });

  it("uses every question type", () => {
    expect(new Set(bank.map((q) => q.type))).toEqual(new Set(["single", "multiple", "true-false", "numeric", "matching", "ordering"]));
  });

  it("gives every module of every course a quiz of at least 5 questions", () => {
    const modules = loadContent(CONTENT_ROOT).flatMap((t) => t.courses.flatMap((c) => c.modules.map((m) => `${c.slug}/${m.slug}`)));
    for (const id of modules) expect(bank.filter((q) => q.module === id).length, id).toBeGreaterThanOrEqual(5);
  });

  it("passes the item-writing lint per target: the key is no giveaway by its length, and true/false is balanced", () => {
    for (const { code: target } of loadTargets()) {
      const report = lintTarget(target, bank);
      expect(report.keyLongestShare, target).toBeLessThanOrEqual(BANK_LIMITS.keyLongestShare);
      expect(report.trueShare, target).toBeGreaterThanOrEqual(BANK_LIMITS.trueShare[0]);
      expect(report.trueShare, target).toBeLessThanOrEqual(BANK_LIMITS.trueShare[1]);
      expect(report.findings["all-or-none-of-the-above"], target).toBe(0);
    }
  });

  it("has a key that earns full credit and a wrong answer that earns none, for every question", () => {
    // The grading tests draw questions at random, so their right and wrong answers must hold for all of them.
    for (const q of bank) {
      const payload = toPayload(q, randomOpaqueIds());
      expect(gradeResponse(payload, rightResponse(payload)), q.id).toEqual({ credit: 1, correct: true });
      expect(gradeResponse(payload, wrongResponse(payload)), q.id).toEqual({ credit: 0, correct: false });
    }
  });
});
