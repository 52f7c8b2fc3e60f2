import { sampleCorrelation } from "simple-statistics";
import { describe, expect, it } from "vitest";
import { flagItem, itemStatistics, type ItemStatistic } from "./item-statistics";

describe("itemStatistics", () => {
  // Four attempts, three questions (rows are attempts):
  //   a1 [1, 1, 1] total 3
  //   a2 [1, 0, 0] total 1
  //   a3 [0, 1, 0] total 1
  //   a4 [0, 0, 0] total 0
  const marks = [
    [1, 1, 1],
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
  ];

  it("computes question 1 by hand", () => {
    // x = [1, 1, 0, 0], mean 0.5: facility 50.
    // sum (x - 0.5)^2 = 4 x 0.25 = 1; / (n - 1 = 3) = 1/3; sd = sqrt(1/3) = 0.57735: 57.735.
    // rest X = total - x = [2, 0, 1, 0], mean 0.75; dX = [1.25, -0.75, 0.25, -0.75], dx = [0.5, 0.5, -0.5, -0.5].
    // sum dx dX = 0.625 - 0.375 - 0.125 + 0.375 = 0.5: cov = 0.5 / 3 = 1/6.
    // var X = (1.5625 + 0.5625 + 0.0625 + 0.5625) / 3 = 2.75 / 3.
    // r = (1/6) / sqrt(1/3 x 2.75/3) = 0.5 / sqrt(2.75) = 0.301511: index 30.15.
    // Sorted: x = [0, 0, 1, 1], X = [0, 0, 1, 2]; dx = [-0.5, -0.5, 0.5, 0.5], dX = [-0.75, -0.75, 0.25, 1.25].
    // sum = 0.375 + 0.375 + 0.125 + 0.625 = 1.5: covMax = 0.5; efficiency = 100 x (1/6) / 0.5 = 33.33.
    const [q1] = itemStatistics(marks);
    expect(q1!.attempts).toBe(4);
    expect(q1!.facility).toBe(50);
    expect(q1!.sd).toBeCloseTo(57.735, 3);
    expect(q1!.discriminationIndex).toBeCloseTo(30.151, 3);
    expect(q1!.discriminativeEfficiency).toBeCloseTo(33.333, 3);
  });

  it("computes question 3 by hand", () => {
    // x = [1, 0, 0, 0], mean 0.25: facility 25.
    // sum (x - 0.25)^2 = 0.5625 + 3 x 0.0625 = 0.75; / 3 = 0.25; sd = 0.5: 50.
    // X = [2, 1, 1, 0], mean 1; dX = [1, 0, 0, -1], dx = [0.75, -0.25, -0.25, -0.25].
    // sum dx dX = 0.75 + 0.25 = 1: cov = 1/3. var X = 2/3.
    // r = (1/3) / sqrt(0.25 x 2/3) = (1/3) / 0.408248 = 0.816497: index 81.65.
    // Sorted: x = [0, 0, 0, 1], X = [0, 1, 1, 2]; dx = [-0.25, -0.25, -0.25, 0.75], dX = [-1, 0, 0, 1].
    // sum = 0.25 + 0.75 = 1: covMax = 1/3, equal to cov: efficiency 100 (the best-placed attempt got it).
    const q3 = itemStatistics(marks)[2]!;
    expect(q3.facility).toBe(25);
    expect(q3.sd).toBeCloseTo(50, 9);
    expect(q3.discriminationIndex).toBeCloseTo(81.650, 3);
    expect(q3.discriminativeEfficiency).toBeCloseTo(100, 9);
  });

  it("gives a negative index and efficiency to an item the weaker attempts get right", () => {
    // Two questions, so each one's rest of test is the other one.
    // Q1: x = [1, 0, 0], X = [0, 1, 1]: x = 1 - X, correlation -1: index -100.
    // x mean 1/3, X mean 2/3; dx = [2/3, -1/3, -1/3], dX = [-2/3, 1/3, 1/3]; sum = -4/9 - 1/9 - 1/9 = -2/3: cov = -1/3.
    // Sorted: x = [0, 0, 1], X = [0, 1, 1]; dx = [-1/3, -1/3, 2/3], dX = [-2/3, 1/3, 1/3]; sum = 2/9 - 1/9 + 2/9 = 1/3: covMax = 1/6.
    // Efficiency = 100 x (-1/3) / (1/6) = -200: Moodle's ratio is not bounded below by -100.
    const [q1] = itemStatistics([
      [1, 0],
      [0, 1],
      [0, 1],
    ]);
    expect(q1!.discriminationIndex).toBeCloseTo(-100, 9);
    expect(q1!.discriminativeEfficiency).toBeCloseTo(-200, 9);
  });

  it("uses partial marks as they are", () => {
    // Q1 x = [0.5, 1, 0]: mean 0.5, facility 50; sum (x - 0.5)^2 = 0 + 0.25 + 0.25 = 0.5; / 2 = 0.25; sd 50.
    // Q2 is the rest: X = [0.5, 0.5, 0] (mean 1/3); dX = [1/6, 1/6, -1/3], dx = [0, 0.5, -0.5]; sum = 1/12 + 1/6 = 0.25: cov = 0.125.
    // var X = (1/36 + 1/36 + 1/9) / 2 = 1/12. r = 0.125 / sqrt(0.25 / 12) = 0.125 / 0.144338 = 0.866025: index 86.60.
    // Sorted x = [0, 0.5, 1], X = [0, 0.5, 0.5]: dx = [-0.5, 0, 0.5], dX = [-1/3, 1/6, 1/6]; sum = 1/6 + 1/12 = 0.25: covMax 0.125: efficiency 100.
    const [q1] = itemStatistics([
      [0.5, 0.5],
      [1, 0.5],
      [0, 0],
    ]);
    expect(q1!.facility).toBe(50);
    expect(q1!.sd).toBeCloseTo(50, 9);
    expect(q1!.discriminationIndex).toBeCloseTo(86.603, 3);
    expect(q1!.discriminativeEfficiency).toBeCloseTo(100, 9);
  });

  it("agrees with a library's Pearson correlation of item against rest", () => {
    const rows = [
      [1, 0, 1, 0.5],
      [0, 0, 1, 1],
      [1, 1, 1, 0],
      [0, 1, 0, 0.25],
      [1, 1, 0, 1],
      [0, 0, 0, 0],
    ];
    const stats = itemStatistics(rows);
    for (let q = 0; q < 4; q++) {
      const x = rows.map((r) => r[q]!);
      const rest = rows.map((r) => r.reduce((s, m) => s + m, 0) - r[q]!);
      expect(stats[q]!.discriminationIndex).toBeCloseTo(100 * sampleCorrelation(x, rest), 9);
    }
  });

  it("counts each question over the attempts that included it", () => {
    // Q1 was in a1, a2 and a4 only: x = [1, 0, 1], facility 66.67.
    // Rests: a1 = 1 (Q2), a2 = 0, a4 = 0 + 1 (Q3): X = [1, 0, 1] = x: index 100.
    const [q1, q2] = itemStatistics([
      [1, 1, null],
      [0, 0, null],
      [null, 1, 1],
      [1, 0, 1],
    ]);
    expect(q1!.attempts).toBe(3);
    expect(q1!.facility).toBeCloseTo(66.667, 3);
    expect(q1!.discriminationIndex).toBeCloseTo(100, 9);
    expect(q2!.attempts).toBe(4);
  });

  it("returns null, never NaN, where a figure is undefined", () => {
    const none: ItemStatistic = { attempts: 0, facility: null, sd: null, discriminationIndex: null, discriminativeEfficiency: null };
    expect(itemStatistics([])).toEqual([]);
    expect(itemStatistics([[null], [null]])).toEqual([none]);
    // One attempt: a mean, but no spread or correlation.
    expect(itemStatistics([[1, 0]])).toEqual([
      { attempts: 1, facility: 100, sd: null, discriminationIndex: null, discriminativeEfficiency: null },
      { attempts: 1, facility: 0, sd: null, discriminationIndex: null, discriminativeEfficiency: null },
    ]);
    // Everyone right on Q1: sd 0, and a constant correlates with nothing.
    const [q1] = itemStatistics([
      [1, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(q1).toEqual({ attempts: 3, facility: 100, sd: 0, discriminationIndex: null, discriminativeEfficiency: null });
    // A one-question test has no rest to correlate with.
    expect(itemStatistics([[1], [0], [1]])[0]).toMatchObject({ discriminationIndex: null, discriminativeEfficiency: null });
  });

  it("treats rounding noise in the rest of the test as no variance", () => {
    // Rests 0.1 + 0.2 = 0.30000000000000004 and 0.3 are the same score.
    const [q1] = itemStatistics([
      [1, 0.1, 0.2],
      [0, 0.3, 0],
      [1, 0.3, 0],
    ]);
    expect(q1!.discriminationIndex).toBeNull();
    expect(q1!.discriminativeEfficiency).toBeNull();
  });

  it("throws on input that is a caller's bug", () => {
    expect(() => itemStatistics([[1, 0], [1]])).toThrow(RangeError);
    expect(() => itemStatistics([[1.5]])).toThrow(RangeError);
    expect(() => itemStatistics([[Number.NaN]])).toThrow(RangeError);
  });
});

describe("flagItem", () => {
  const fine = { attempts: 40, facility: 60, discriminationIndex: 35 };
  const codes = (input: Parameters<typeof flagItem>[0]) => flagItem(input).map((r) => [r.code, r.option]);

  it("raises nothing for a sound item", () => {
    expect(flagItem({ ...fine, options: [{ keyed: true, picks: 24 }, { keyed: false, picks: 10 }, { keyed: false, picks: 6 }] })).toEqual([]);
  });

  it("flags a discrimination index under 20, and a negative one as such", () => {
    expect(codes({ ...fine, discriminationIndex: 19.9 })).toEqual([["low-discrimination", undefined]]);
    expect(codes({ ...fine, discriminationIndex: 20 })).toEqual([]);
    expect(codes({ ...fine, discriminationIndex: -5 })).toEqual([["negative-discrimination", undefined]]);
  });

  it("flags facility above 95 or below 20", () => {
    expect(codes({ ...fine, facility: 95.5 })).toEqual([["too-easy", undefined]]);
    expect(codes({ ...fine, facility: 95 })).toEqual([]);
    expect(codes({ ...fine, facility: 19 })).toEqual([["too-hard", undefined]]);
    expect(codes({ ...fine, facility: 20 })).toEqual([]);
  });

  it("flags a distractor nobody picks only from 30 attempts on", () => {
    const options = [{ keyed: true, picks: 20 }, { keyed: false, picks: 9 }, { keyed: false, picks: 0 }];
    expect(codes({ ...fine, attempts: 30, options })).toEqual([["unused-distractor", 2]]);
    expect(codes({ ...fine, attempts: 29, options })).toEqual([]);
  });

  it("flags a keyed option chosen less often than a distractor", () => {
    const options = [{ keyed: false, picks: 15 }, { keyed: true, picks: 14 }, { keyed: false, picks: 11 }];
    expect(codes({ ...fine, options })).toEqual([["key-less-popular", 1]]);
    // Multiple response: each key on its own.
    const multiple = [{ keyed: true, picks: 30 }, { keyed: true, picks: 8 }, { keyed: false, picks: 12 }];
    expect(codes({ ...fine, options: multiple })).toEqual([["key-less-popular", 1]]);
  });

  it("raises no flag on a figure that is not defined", () => {
    expect(flagItem({ attempts: 1, facility: null, discriminationIndex: null })).toEqual([]);
  });

  it("says why in words, with the figures", () => {
    const [reason] = flagItem({ ...fine, discriminationIndex: 12.4 });
    expect(reason!.message).toMatch(/Discrimination index 12 is under 20/);
  });
});
