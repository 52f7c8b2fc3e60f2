// What the data layer hands the browser about questions: shared by the DAL and
// the client components, so neither reaches into the other.
import type { PresentedQuestion } from "./present";
import type { Solution } from "./solution";

export type Feedback = { credit: number; correct: boolean; explanation: string; solution: Solution };

export type ReviewItem = { questionId: string; target: string; domain: string; question: PresentedQuestion; lastCorrect: boolean | null };
