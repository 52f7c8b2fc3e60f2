import { describe, expect, it } from "vitest";
import { shownText, suppressPartition, suppressStat } from "./suppression";

const texts = (cells: number[]) => {
  const r = suppressPartition(cells);
  return { cells: r.cells.map(shownText), total: shownText(r.total) };
};

describe("suppressPartition", () => {
  it("shows every cell of 5 or more and the total", () => {
    expect(texts([12, 5, 9])).toEqual({ cells: ["12", "5", "9"], total: "26" });
  });

  it("suppresses a group of fewer than 5 entirely, total included", () => {
    expect(texts([2, 1, 1])).toEqual({ cells: ["fewer than 5", "fewer than 5", "fewer than 5"], total: "fewer than 5" });
  });

  it("hides the smallest other cell when one small cell could be subtracted from the total", () => {
    // 30 - 12 - 15 would give the 3 away.
    expect(texts([12, 3, 15])).toEqual({ cells: ["hidden", "fewer than 5", "15"], total: "30" });
  });

  it("keeps hiding until the suppressed cells hold at least 5 people between them", () => {
    // 1 + 2 = 3 people could still be worked out; hiding the 6 makes it 9.
    expect(texts([20, 1, 2, 6])).toEqual({ cells: ["20", "fewer than 5", "fewer than 5", "hidden"], total: "29" });
  });

  it("needs no second cell when the small cells already hold 5 people", () => {
    expect(texts([20, 3, 2])).toEqual({ cells: ["20", "fewer than 5", "fewer than 5"], total: "25" });
  });

  it("an empty cell is suppressed too, but needs no partner: subtracting reveals nobody", () => {
    expect(texts([30, 0])).toEqual({ cells: ["30", "fewer than 5"], total: "30" });
  });

  it("never leaves a shown total from which a suppressed small cell follows", () => {
    for (const cells of [[12, 3, 15], [4, 40], [1, 1, 1, 30], [5, 4, 5, 5], [0, 3, 9]]) {
      const r = suppressPartition(cells);
      const suppressed = cells.filter((_, i) => r.cells[i]!.kind !== "count").reduce((s, c) => s + c, 0);
      expect(suppressed === 0 || suppressed >= 5, `cells ${cells.join(",")}`).toBe(true);
    }
  });
});

describe("suppressStat", () => {
  it("hides a statistic with fewer than 5 people behind it", () => {
    expect(suppressStat(4, 0.72)).toBeNull();
    expect(suppressStat(5, 0.72)).toBe(0.72);
  });
});
