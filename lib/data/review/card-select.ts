import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns of a review card that FSRS needs to project its recall (ts-fsrs `Card`, less the question). */
export const fsrsCardSelect = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const satisfies Prisma.ReviewCardSelect;
