import { describe, expect, it } from "vitest";
import { layoutRuns } from "./text-runs";

// Family 0 draws Latin and punctuation, 1 Arabic (and spaces), 2 Han; nothing draws runes.
const covers = (family: number, cp: number) => {
  const ch = String.fromCodePoint(cp);
  if (family === 0) return /[\p{Script=Latin}\p{Script=Common}]/u.test(ch);
  if (family === 1) return /[\p{Script=Arabic} \u200C]/u.test(ch);
  return /\p{Script=Han}/u.test(ch);
};
const runs = (text: string) => layoutRuns(text, 3, covers).map((r) => `${r.family}${r.rtl ? "<" : ">"}${r.text}`);

describe("layoutRuns", () => {
  it("keeps a one-script name in one run", () => {
    expect(runs("Zoë Ødegaard")).toEqual(["0>Zoë Ødegaard"]);
    expect(runs("محمد علي")).toEqual(["1<محمد علي"]);
  });

  it("gives each script its font, spaces staying with the run they follow", () => {
    expect(runs("Wang 王芳 Li")).toEqual(["0>Wang ", "2>王芳", "0> Li"]);
  });

  it("paints an Arabic name inside a Latin line in its place", () => {
    expect(runs("Dr محمد Smith")).toEqual(["0>Dr ", "1<محمد", "1> ", "0>Smith"]);
    expect(runs("Dr محمد علي Smith")).toEqual(["0>Dr ", "1<محمد علي", "1> ", "0>Smith"]);
  });

  it("paints a line that starts in Arabic from the right", () => {
    expect(runs("محمد Smith")).toEqual(["0>Smith", "1<محمد "]);
    expect(runs("محمد Smith علي")).toEqual(["1<علي", "0< ", "0>Smith", "1<محمد "]);
  });

  it("keeps a joiner with the Arabic word it shapes", () => {
    expect(runs("علی\u200Cرضا")).toEqual(["1<علی\u200Cرضا"]);
  });

  it("leaves out what no font can draw", () => {
    expect(runs("Eve ᚠᚢ")).toEqual(["0>Eve "]);
  });
});
