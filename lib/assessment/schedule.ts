// Spaced review with FSRS (ts-fsrs). The rating comes from whether the answer
// was right and how sure the learner said they were.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";

export type Confidence = "low" | "medium" | "high";

const scheduler = fsrs({ request_retention: 0.9, enable_fuzz: false });

export function ratingFor(correct: boolean, confidence?: Confidence): Grade {
  if (!correct) return Rating.Again;
  if (confidence === "low") return Rating.Hard;
  if (confidence === "high") return Rating.Easy;
  return Rating.Good;
}

/** The stored columns of a card (see ReviewCard in the schema). */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

function toCard(s: CardState): Card {
  return {
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
  };
}

function fromCard(c: Card): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

/** The card after one review at `now`; a first answer starts a new card. */
export function reviewCard(previous: CardState | null, rating: Grade, now: Date): CardState {
  const card = previous ? toCard(previous) : createEmptyCard(now);
  return fromCard(scheduler.next(card, now, rating).card);
}

/** FSRS's probability that the learner recalls the card at `at` (ts-fsrs counts whole days since the last review). */
export function retrievabilityAt(card: CardState, at: Date): number {
  return scheduler.get_retrievability(toCard(card), at, false);
}

/** The ends of the windows the review counts are given for: the rest of today (UTC) and the coming week. */
export function reviewHorizons(now: Date): { endOfToday: Date; endOfWeek: Date } {
  const endOfToday = new Date(now);
  endOfToday.setUTCHours(23, 59, 59, 999);
  return { endOfToday, endOfWeek: new Date(endOfToday.getTime() + 6 * 86_400_000) };
}
