import { describe, expect, it } from "vitest";
import { forgetting_curve, fsrs, generatorParameters, Rating, type Grade } from "ts-fsrs";
import { examDayRetention, needsExamReview, planExamReviews, reviewDaysLeft, reviewWindow, type ExamCard } from "./exam-schedule";
import { reviewCard, type CardState } from "./schedule";

const DAY = 86_400_000;
const now = new Date("2026-12-01T18:30:00Z");
const examIn = (days: number) => new Date(Date.UTC(2026, 11, 1 + days));

// ts-fsrs's own view of a card, to check the plan against rather than against our wrappers.
const f = fsrs({ request_retention: 0.9, enable_fuzz: false });
const { w } = generatorParameters();
const asCard = (s: CardState) => ({
  due: s.due,
  stability: s.stability,
  difficulty: s.difficulty,
  elapsed_days: s.elapsedDays,
  scheduled_days: s.scheduledDays,
  learning_steps: s.learningSteps,
  reps: s.reps,
  lapses: s.lapses,
  state: s.state,
  last_review: s.lastReview ?? undefined,
});
/** Recall on exam day after a recalled review at `at`, by ts-fsrs alone. */
const fsrsRetention = (s: CardState, at: Date, exam: Date) => {
  const next = f.next(asCard(s), at, Rating.Good).card;
  return forgetting_curve(w, Math.floor((exam.getTime() - next.last_review!.getTime()) / DAY), next.stability);
};
const fsrsRecallAt = (s: CardState, at: Date) => f.get_retrievability(asCard(s), at, false);

/** A small seeded generator, so every property case can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A card with a random history of reviews, mostly on time and mostly recalled, the last one before now. */
function randomCard(random: () => number): CardState {
  const grade = (): Grade => {
    const x = random();
    return x < 0.12 ? Rating.Again : x < 0.22 ? Rating.Hard : x < 0.88 ? Rating.Good : Rating.Easy;
  };
  let at = new Date(now.getTime() - (1 + random() * 150) * DAY);
  let card = reviewCard(null, grade(), at);
  for (;;) {
    const next = new Date(card.due.getTime() + (random() - 0.4) * 0.5 * (card.due.getTime() - at.getTime()));
    if (next > now) return card;
    at = next;
    card = reviewCard(card, grade(), at);
  }
}

function population(seed: number, n: number): ExamCard[] {
  const random = rng(seed);
  return Array.from({ length: n }, (_, i) => ({ id: `c${String(i).padStart(4, "0")}`, card: randomCard(random) }));
}

describe("reviewDaysLeft", () => {
  it("counts today and stops before exam day", () => {
    expect(reviewDaysLeft(now, examIn(1))).toBe(1);
    expect(reviewDaysLeft(now, examIn(30))).toBe(30);
    expect(reviewDaysLeft(now, examIn(0))).toBe(0);
    expect(reviewDaysLeft(now, examIn(-3))).toBe(0);
  });
});

describe("reviewWindow", () => {
  it.each([7, 30, 90])("holds exactly the days whose recalled review reaches the retention (exam in %i days)", (days) => {
    const exam = examIn(days);
    for (const { card } of population(days, 150)) {
      const window = reviewWindow(card, now, exam, days, 0.95);
      if (!window) continue;
      const on = (day: number) => (day === 0 ? now : new Date(Date.UTC(2026, 11, 1 + day)));
      expect(window.last).toBe(days - 1);
      if (!window.reached) {
        expect(fsrsRetention(card, on(window.last), exam)).toBeLessThan(0.95);
        continue;
      }
      for (let day = window.first; day <= window.last; day++) expect(fsrsRetention(card, on(day), exam)).toBeGreaterThanOrEqual(0.95);
      // The day before the window would fall short, unless it is the day of the last review, which is never planned.
      const today = Date.UTC(2026, 11, 1);
      const lastReviewDay = Math.floor((card.lastReview!.getTime() - today) / DAY);
      if (window.first - 1 > Math.max(-1, lastReviewDay)) expect(fsrsRetention(card, on(window.first - 1), exam)).toBeLessThan(0.95);
    }
  });

  it("never plans a review on the day of the last one", () => {
    const justReviewed = reviewCard(null, Rating.Again, now);
    expect(reviewWindow(justReviewed, now, examIn(1), 1, 0.9)).toBeNull();
    expect(reviewWindow(justReviewed, now, examIn(5), 5, 0.9)!.first).toBeGreaterThanOrEqual(1);
  });
});

describe("planExamReviews", () => {
  const cases = [
    { seed: 1, cards: 300, days: 14, retention: 0.95 },
    { seed: 2, cards: 300, days: 45, retention: 0.92 },
    { seed: 3, cards: 120, days: 3, retention: 0.97 },
    { seed: 4, cards: 500, days: 120, retention: 0.95 },
    { seed: 5, cards: 200, days: 21, retention: 0.93 },
  ];

  it.each(cases)("leaves no fading card after the exam and brings each to the retention when it can (%o)", ({ seed, cards, days, retention }) => {
    const exam = examIn(days);
    const pool = population(seed, cards);
    const plan = planExamReviews({ cards: pool, now, examDate: exam, retention });
    expect(plan.due.size).toBeGreaterThan(0);
    for (const { id, card } of pool) {
      const due = plan.due.get(id);
      const fading = card.due.getTime() >= exam.getTime() && fsrsRecallAt(card, exam) < retention;
      if (!fading) {
        expect(due).toBeUndefined();
        continue;
      }
      expect(due, `${id} stays after the exam`).toBeDefined();
      expect(due!.getTime()).toBeLessThan(exam.getTime());
      expect(due!.getTime()).toBeGreaterThanOrEqual(now.getTime());
      if (!plan.short.includes(id)) expect(fsrsRetention(card, due!, exam)).toBeGreaterThanOrEqual(retention);
    }
  });

  it.each(cases)("levels the load: no day above what the windows force (%o)", ({ seed, cards, days, retention }) => {
    const exam = examIn(days);
    const pool = population(seed, cards);
    const plan = planExamReviews({ cards: pool, now, examDate: exam, retention });
    const fixed = Array.from({ length: days }, () => 0);
    const firsts: number[] = [];
    for (const { id, card } of pool) {
      if (plan.due.has(id)) firsts.push(reviewWindow(card, now, exam, days, retention)!.first);
      else {
        const day = Math.max(0, Math.floor((card.due.getTime() - Date.UTC(2026, 11, 1)) / DAY));
        if (day < days) fixed[day]! += 1;
      }
    }
    // Whatever the schedule, the cards that must fall on days k..eve share those days with the fixed ones.
    let bound = Math.max(...fixed);
    for (let k = 0; k < days; k++) {
      const forced = fixed.slice(k).reduce((a, b) => a + b, 0) + firsts.filter((first) => first >= k).length;
      bound = Math.max(bound, Math.ceil(forced / (days - k)));
    }
    expect(Math.max(...plan.load)).toBeLessThanOrEqual(bound);
    expect(plan.load.reduce((a, b) => a + b, 0)).toBe(fixed.reduce((a, b) => a + b, 0) + firsts.length);
  });

  it("spreads cards that may fall on any day evenly, where plain bringing-forward would pile them on the eve", () => {
    const exam = examIn(20);
    const strong = (i: number): ExamCard => {
      let card = reviewCard(null, Rating.Good, new Date(now.getTime() - (60 + i) * DAY));
      card = reviewCard(card, Rating.Good, new Date(now.getTime() - (40 + (i % 7)) * DAY));
      return { id: `s${i}`, card: { ...card, due: new Date(exam.getTime() + 5 * DAY) } };
    };
    const pool = Array.from({ length: 100 }, (_, i) => strong(i));
    const plan = planExamReviews({ cards: pool, now, examDate: exam, retention: 0.95 });
    const moved = plan.load.reduce((a, b) => a + b, 0);
    expect(moved).toBe(plan.due.size);
    const busiest = Math.max(...plan.load);
    const quietest = Math.min(...plan.load.slice(plan.load.findIndex((n) => n > 0)));
    expect(busiest - quietest).toBeLessThanOrEqual(1);
  });

  it("counts the learner's other cards and puts the moved ones on quieter days", () => {
    const exam = examIn(4);
    const card = reviewCard(reviewCard(null, Rating.Good, new Date(now.getTime() - 30 * DAY)), Rating.Good, new Date(now.getTime() - 20 * DAY));
    const fading: ExamCard = { id: "x", card: { ...card, due: new Date(exam.getTime() + DAY) } };
    const busyEve = Array.from({ length: 5 }, () => new Date(Date.UTC(2026, 11, 4, 9)));
    const alone = planExamReviews({ cards: [fading], now, examDate: exam, retention: 0.95 });
    const crowded = planExamReviews({ cards: [fading], others: busyEve, now, examDate: exam, retention: 0.95 });
    expect(alone.due.get("x")).toEqual(new Date("2026-12-04T00:00:00Z"));
    expect(crowded.due.get("x")!.getTime()).toBeLessThan(new Date("2026-12-04T00:00:00Z").getTime());
    expect(crowded.load.reduce((a, b) => a + b, 0)).toBe(6);
    expect(crowded.load[3]).toBe(5);
  });

  it("moves nothing at FSRS's own request retention, which already holds every card due after the exam at 90% on exam day", () => {
    const exam = examIn(30);
    const pool = population(7, 300);
    expect(planExamReviews({ cards: pool, now, examDate: exam, retention: 0.9 }).due.size).toBe(0);
    for (const { card } of pool) if (card.due >= exam) expect(fsrsRecallAt(card, exam)).toBeGreaterThanOrEqual(0.9);
    expect(planExamReviews({ cards: pool, now, examDate: exam, retention: 0.95 }).due.size).toBeGreaterThan(0);
  });

  it("keeps plain FSRS once the exam is today or past", () => {
    const pool = population(9, 50);
    expect(planExamReviews({ cards: pool, now, examDate: examIn(0), retention: 0.9 }).due.size).toBe(0);
    expect(planExamReviews({ cards: pool, now, examDate: examIn(-10), retention: 0.9 }).due.size).toBe(0);
  });
});

describe("examDayRetention", () => {
  it("is ts-fsrs's forgetting curve if the learner stops, and reaches the retention if they keep up", () => {
    const exam = examIn(30);
    for (const { card } of population(11, 80)) {
      const r = examDayRetention(card, now, exam, 0.95);
      expect(r.ifStopped).toBeCloseTo(fsrsRecallAt(card, exam), 8);
      if (card.due >= exam && !needsExamReview(card, exam, 0.95)) expect(r.planned).toBe(r.ifStopped);
      if (needsExamReview(card, exam, 0.95) && reviewWindow(card, now, exam, 30, 0.95)?.reached) expect(r.planned).toBeGreaterThanOrEqual(0.95);
      if (card.due < exam) expect(r.planned).toBeGreaterThanOrEqual(0.9);
    }
  });
});
