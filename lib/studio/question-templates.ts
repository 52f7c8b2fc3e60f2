// Starting points for a new question, one per type, in the bank's format, each
// already a valid question so the preview works from the first keystroke.
import type { QuestionSource } from "@/lib/assessment/question-schema";

export const QUESTION_TYPES = [
  { value: "single", label: "Single choice" },
  { value: "multiple", label: "Multiple response" },
  { value: "true-false", label: "True/false" },
  { value: "numeric", label: "Numeric" },
  { value: "matching", label: "Matching" },
  { value: "ordering", label: "Ordering" },
] as const;

export type QuestionTypeValue = (typeof QUESTION_TYPES)[number]["value"];

// A wrong option leaves `correct` out, as the bank does, so the form writes the template back unchanged.
const option = (text: string, correct: boolean, explanation: string) => (correct ? { text, correct, explanation } : { text, explanation });

export function questionTemplate(type: QuestionTypeValue, target: string, domain: string): QuestionSource {
  const base = { id: `${target.toLowerCase()}-new-question`, target, domain, difficulty: 3, tags: [], explanation: "Why the key is right, in a sentence or two." };
  switch (type) {
    case "single":
      return {
        ...base,
        type,
        stem: "A scenario in two or three sentences. What should the project manager do first?",
        options: [
          option("The best action, stated as specifically as the others.", true, "Why this is best."),
          option("A plausible action a practitioner might take.", false, "Why it is not best here."),
          option("Another plausible action, as long as the key.", false, "Why it is not best here."),
          option("A third plausible action.", false, "Why it is not best here."),
        ],
      };
    case "multiple":
      return {
        ...base,
        type,
        scoring: "partial",
        stem: "Which two of these apply? (Choose two.)",
        options: [
          option("The first right answer.", true, "Why it applies."),
          option("The second right answer.", true, "Why it applies."),
          option("A tempting wrong answer.", false, "Why it does not apply."),
          option("Another tempting wrong answer.", false, "Why it does not apply."),
          option("A third tempting wrong answer.", false, "Why it does not apply."),
        ],
      };
    case "true-false":
      return { ...base, type, stem: "Is this statement true or false: a claim a learner should be able to judge?", answer: true, falseExplanation: "Why answering false is wrong." };
    case "numeric":
      return { ...base, type, stem: "A worked situation with the figures needed. What is the result, to one decimal place?", answer: 1.5, tolerance: 0.05 };
    case "matching":
      return {
        ...base,
        type,
        stem: "Match each term to its meaning. Which meaning goes with each term?",
        pairs: [
          { prompt: "First term", match: "Its meaning", explanation: "Why they belong together." },
          { prompt: "Second term", match: "Its meaning, distinct from the others", explanation: "Why they belong together." },
          { prompt: "Third term", match: "A third meaning", explanation: "Why they belong together." },
        ],
      };
    case "ordering":
      return { ...base, type, stem: "In what order do these steps happen?", items: ["The first step", "The second step", "The third step"] };
  }
}
