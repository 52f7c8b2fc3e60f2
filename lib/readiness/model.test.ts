import { describe, expect, it } from "vitest";
import { estimateReadiness, estimateReadinessPoint, passProbability, type Evidence } from "./model";

const now = new Date("2026-11-29T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const domains = [
  { code: "people", weight: 0.33 },
  { code: "process", weight: 0.41 },
  { code: "business-environment", weight: 0.26 },
];
const answers = (domain: string, right: number, wrong: number, age = 1, difficulty = 3): Evidence[] => [
  ...Array.from({ length: right }, () => ({ domain, credit: 1, difficulty, at: daysAgo(age) })),
  ...Array.from({ length: wrong }, () => ({ domain, credit: 0, difficulty, at: daysAgo(age) })),
];
const people = (e: Evidence[]) => estimateReadiness(e, domains, now).domains[0]!;

describe("readiness model", () => {
  it("says there is too little evidence instead of guessing", () => {
    const r = estimateReadiness(answers("people", 2, 0), domains, now);
    expect(r.domains.every((d) => !d.enough)).toBe(true);
    expect(r.overall.enough).toBe(false);
  });

  it("rises with right answers and falls with wrong ones", () => {
    const base = people(answers("people", 5, 5)).probability;
    expect(people(answers("people", 8, 5)).probability).toBeGreaterThan(base);
    expect(people(answers("people", 5, 8)).probability).toBeLessThan(base);
  });

  it("narrows its interval as answers accumulate", () => {
    const few = people(answers("people", 6, 4));
    const many = people(answers("people", 60, 40));
    expect(many.high - many.low).toBeLessThan(few.high - few.low);
    expect(many.probability).toBeGreaterThan(many.low);
    expect(many.probability).toBeLessThan(many.high);
  });

  it("lets recent answers count more than old ones", () => {
    const improving = people([...answers("people", 0, 10, 90), ...answers("people", 10, 0, 1)]);
    const declining = people([...answers("people", 10, 0, 90), ...answers("people", 0, 10, 1)]);
    expect(improving.probability).toBeGreaterThan(0.6);
    expect(declining.probability).toBeLessThan(0.4);
    // Old evidence also fades: the same answers long ago leave a wider interval.
    const fresh = people(answers("people", 20, 10, 1));
    const stale = people(answers("people", 20, 10, 200));
    expect(stale.high - stale.low).toBeGreaterThan(fresh.high - fresh.low);
  });

  it("credits right answers to hard questions more than to easy ones", () => {
    expect(people(answers("people", 10, 5, 1, 5)).probability).toBeGreaterThan(people(answers("people", 10, 5, 1, 1)).probability);
  });

  it("ignores answers dated after the moment it is asked about", () => {
    const future = answers("people", 20, 0, -10);
    expect(people(future).answers).toBe(0);
  });

  it("combines domains by blueprint weight and predicts passing", () => {
    const strong = estimateReadiness([...answers("people", 40, 5), ...answers("process", 40, 5), ...answers("business-environment", 40, 5)], domains, now);
    const weak = estimateReadiness([...answers("people", 15, 30), ...answers("process", 15, 30), ...answers("business-environment", 15, 30)], domains, now);
    expect(strong.overall.enough).toBe(true);
    expect(strong.overall.low).toBeLessThan(strong.overall.probability);
    expect(strong.overall.high).toBeGreaterThan(strong.overall.probability);
    expect(passProbability(strong, { questions: 180, passingPercent: 65 })).toBeGreaterThan(0.9);
    expect(passProbability(weak, { questions: 180, passingPercent: 65 })).toBeLessThan(0.1);
  });

  it("gives the same estimate for answers grouped by time, domain and difficulty as for the answers one by one", () => {
    const single = [...answers("people", 7, 3, 2), ...answers("process", 4, 6, 10, 4), ...answers("process", 3, 1, 10, 2)];
    const grouped: Evidence[] = [
      { domain: "people", credit: 0.7, difficulty: 3, at: daysAgo(2), count: 10 },
      { domain: "process", credit: 0.4, difficulty: 4, at: daysAgo(10), count: 10 },
      { domain: "process", credit: 0.75, difficulty: 2, at: daysAgo(10), count: 4 },
    ];
    const a = estimateReadiness(single, domains, now);
    const b = estimateReadiness(grouped, domains, now);
    expect(b.answers).toBe(a.answers);
    b.domains.forEach((d, i) => {
      expect(d.probability).toBeCloseTo(a.domains[i]!.probability, 10);
      expect(d.answers).toBe(a.domains[i]!.answers);
    });
    expect(b.overall.probability).toBeCloseTo(a.overall.probability, 10);
  });
});

describe("readiness model beyond Rasch", () => {
  it("does not count right answers at the guessing rate of four-option items as knowledge", () => {
    // One right in four is what guessing gives: the same answers without options would mean some knowledge.
    const guessed = answers("people", 10, 30).map((e) => ({ ...e, choices: 4 }));
    expect(people(guessed).ability.mean).toBeLessThan(people(answers("people", 10, 30)).ability.mean - 1);
  });

  it("uses a calibration's item difficulty instead of the item's label", () => {
    const e = answers("people", 10, 5).map((x, i) => ({ ...x, itemId: `q${i}` }));
    const items = Object.fromEntries(e.map((x) => [x.itemId, 2]));
    const calibration = { version: 1 as const, outcomes: 30, labels: { intercept: 0, slope: 0.6 }, items, pass: { intercept: 0, slope: 1 } };
    const calibrated = estimateReadiness(e, domains, now, { calibration }).domains[0]!;
    expect(calibrated.ability.mean).toBeGreaterThan(people(e).ability.mean + 1);
  });

  it("expects knowledge learned lately to fade during weeks without practice", () => {
    const learning = [...answers("people", 4, 16, 60), ...answers("people", 10, 10, 30), ...answers("people", 16, 4, 1)];
    const atOnce = estimateReadiness(learning, domains, now);
    const later = estimateReadiness(learning, domains, new Date(now.getTime() + 60 * 86_400_000));
    expect(atOnce.rate).toBeGreaterThan(0);
    expect(later.domains[0]!.ability.mean).toBeLessThan(atOnce.domains[0]!.ability.mean);
    expect(later.idleDays).toBeCloseTo(61, 5);
  });

  it("applies a calibration's correction to the pass probability", () => {
    const r = estimateReadiness([...answers("people", 30, 15), ...answers("process", 30, 15), ...answers("business-environment", 30, 15)], domains, now);
    const exam = { questions: 180, passingPercent: 65 };
    const harsher = { version: 1 as const, outcomes: 30, labels: { intercept: 0, slope: 0.6 }, items: {}, pass: { intercept: -1, slope: 1 } };
    expect(passProbability(r, exam, harsher)).toBeLessThan(passProbability(r, exam));
  });
});

describe("the readiness without its overall interval", () => {
  it("is the full estimate less the interval, and gives the same pass probability", () => {
    const evidence = [...answers("people", 9, 3, 20, 2), ...answers("process", 4, 6, 3, 4), ...answers("business-environment", 5, 1, 1)];
    const full = estimateReadiness(evidence, domains, now);
    const point = estimateReadinessPoint(evidence, domains, now);
    const { low, high, ...overall } = full.overall;
    expect(low).toBeLessThan(high);
    expect(point).toEqual({ ...full, overall });
    const exam = { questions: 180, passingPercent: 61 };
    expect(passProbability(point, exam)).toBe(passProbability(full, exam));
  });
});
