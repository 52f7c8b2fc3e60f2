import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as f from "./formulas";

type Scalar = "usl" | "lsl" | "sigma" | "mean" | "defects" | "units" | "opportunities" | "dpmo" | "x" | "xbarbar" | "rbar" | "n" | "xbar" | "mrbar" | "pbar" | "cbar" | "mu0" | "s" | "sigmaGrr" | "sigmaTotal" | "availableMinutes" | "demand" | "part" | "whole";
// Each kind reads only its own inputs (see WORKED-EXAMPLES.md); a missing one makes the test fail with NaN.
type Inputs = Record<Scalar, number> & { values: number[]; yields: number[] };
type Entry = { lesson: string; kind: string; inputs: Inputs; expected: number; decimals: number; text: string };

const courseDir = path.join(process.cwd(), "prisma/content/six-sigma/lean-six-sigma-green-belt");
const entries: Entry[] = JSON.parse(fs.readFileSync(path.join(courseDir, "worked-examples.json"), "utf8"));

const compute: Record<string, (i: Entry["inputs"]) => number> = {
  cp: (i) => f.cp(i.usl, i.lsl, i.sigma),
  cpk: (i) => f.cpk(i.usl, i.lsl, i.mean, i.sigma),
  cpu: (i) => f.cpu(i.usl, i.mean, i.sigma),
  cpl: (i) => f.cpl(i.lsl, i.mean, i.sigma),
  dpu: (i) => f.dpu(i.defects, i.units),
  dpo: (i) => f.dpo(i.defects, i.units, i.opportunities),
  dpmo: (i) => f.dpmo(i.defects, i.units, i.opportunities),
  "sigma-level": (i) => f.sigmaLevel(i.dpmo),
  yield: (i) => f.processYield(i.defects, i.units),
  rty: (i) => f.rolledThroughputYield(i.yields),
  mean: (i) => f.mean(i.values),
  stdev: (i) => f.sampleStdev(i.values),
  range: (i) => f.range(i.values),
  z: (i) => f.zScore(i.x, i.mean, i.sigma),
  "xbar-ucl": (i) => f.xbarLimits(i.xbarbar, i.rbar, i.n).ucl,
  "xbar-lcl": (i) => f.xbarLimits(i.xbarbar, i.rbar, i.n).lcl,
  "r-ucl": (i) => f.rLimits(i.rbar, i.n).ucl,
  "r-lcl": (i) => f.rLimits(i.rbar, i.n).lcl,
  "imr-ucl": (i) => f.imrLimits(i.xbar, i.mrbar).ucl,
  "imr-lcl": (i) => f.imrLimits(i.xbar, i.mrbar).lcl,
  "mr-ucl": (i) => f.imrLimits(0, i.mrbar).mrUcl,
  "p-ucl": (i) => f.pLimits(i.pbar, i.n).ucl,
  "p-lcl": (i) => f.pLimits(i.pbar, i.n).lcl,
  "c-ucl": (i) => f.cLimits(i.cbar).ucl,
  "c-lcl": (i) => f.cLimits(i.cbar).lcl,
  "t-one-sample": (i) => f.oneSampleT(i.mean, i.mu0, i.s, i.n),
  "grr-percent-study-var": (i) => f.grrPercentStudyVariation(i.sigmaGrr, i.sigmaTotal),
  takt: (i) => f.taktTime(i.availableMinutes, i.demand),
  percent: (i) => (100 * i.part) / i.whole,
};

describe("Six Sigma formulas", () => {
  it("match textbook values", () => {
    expect(f.round(f.cp(10.6, 9.4, 0.2), 2)).toBe(1);
    expect(f.round(f.cpk(10.6, 9.4, 10.2, 0.1), 2)).toBe(1.33);
    expect(f.round(f.sigmaLevel(3.4), 1)).toBe(6);
    expect(f.round(f.sigmaLevel(66_807), 1)).toBe(3);
    expect(f.round(f.dpmo(25, 500, 4), 0)).toBe(12_500);
    expect(f.rolledThroughputYield([0.9, 0.95, 0.98])).toBeCloseTo(0.8379, 4);
    expect(f.round(f.sampleStdev([2, 4, 4, 4, 5, 5, 7, 9]), 3)).toBe(2.138);
    expect(f.pLimits(0.02, 50).lcl).toBe(0);
    expect(() => f.xbarLimits(10, 1, 11)).toThrow(RangeError);
  });

  it("round half away from zero", () => {
    expect(f.round(1.005, 2)).toBe(1.01);
    expect(f.round(-2.5, 0)).toBe(-3);
  });
});

describe("worked examples in the Green Belt lessons", () => {
  it("cover the calculations the course teaches", () => {
    const kinds = new Set(entries.map((e) => e.kind));
    for (const k of ["cp", "cpk", "dpmo", "sigma-level", "rty", "stdev", "xbar-ucl", "imr-ucl", "p-ucl", "t-one-sample", "grr-percent-study-var"]) {
      expect(kinds, k).toContain(k);
    }
  });

  it.each(entries.map((e) => [`${e.lesson}: ${e.text}`, e] as const))("%s", (_name, entry) => {
    const fn = compute[entry.kind];
    expect(fn, `unknown kind ${entry.kind}`).toBeDefined();
    expect(f.round(fn!(entry.inputs), entry.decimals)).toBeCloseTo(entry.expected, entry.decimals + 6);
    const lesson = fs.readFileSync(path.join(courseDir, entry.lesson), "utf8");
    expect(lesson).toContain(entry.text);
  });
});
