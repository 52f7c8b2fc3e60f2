import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { ratingFor, reviewCard, reviewHorizons } from "./schedule";

const now = new Date("2026-11-29T09:00:00Z");
const days = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 86_400_000;

describe("ratingFor", () => {
  it("maps correctness and confidence to an FSRS rating", () => {
    expect(ratingFor(false, "high")).toBe(Rating.Again);
    expect(ratingFor(true, "low")).toBe(Rating.Hard);
    expect(ratingFor(true)).toBe(Rating.Good);
    expect(ratingFor(true, "high")).toBe(Rating.Easy);
  });
});

describe("reviewCard", () => {
  it("schedules a wrong answer sooner than a right one, and a confident one latest", () => {
    const again = reviewCard(null, Rating.Again, now);
    const good = reviewCard(null, Rating.Good, now);
    const easy = reviewCard(null, Rating.Easy, now);
    expect(again.due.getTime()).toBeLessThan(good.due.getTime());
    expect(good.due.getTime()).toBeLessThan(easy.due.getTime());
    expect(days(now, again.due)).toBeLessThan(1);
    expect(easy.reps).toBe(1);
  });

  it("spaces successive right answers further apart, and a lapse brings the card back", () => {
    let card = reviewCard(null, Rating.Good, now);
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      const at = card.due;
      card = reviewCard(card, Rating.Good, at);
      gaps.push(days(at, card.due));
    }
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(gaps.at(-1)!).toBeGreaterThan(7);
    const lapsed = reviewCard(card, Rating.Again, card.due);
    expect(lapsed.lapses).toBe(1);
    expect(days(card.due, lapsed.due)).toBeLessThan(1);
  });
});

describe("reviewHorizons", () => {
  it("ends today at midnight UTC and the week six days later", () => {
    expect(reviewHorizons(new Date("2026-11-29T21:30:00Z"))).toEqual({
      endOfToday: new Date("2026-11-29T23:59:59.999Z"),
      endOfWeek: new Date("2026-12-05T23:59:59.999Z"),
    });
  });
});
