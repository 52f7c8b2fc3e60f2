// The stored shape of a question version (QuestionVersion.payload, JSON) and
// of a learner's response. The payload holds the key: it stays on the server.

export type QuestionType = "single" | "multiple" | "true-false" | "numeric" | "matching" | "ordering";

export type KeyedOption = { id: string; text: string; credit: number; correct: boolean; explanation: string };

export type Payload =
  | { type: "single"; options: KeyedOption[] }
  /** With weighted scoring, each option's credit is its weight (-1 to 1). */
  | { type: "multiple"; scoring: "all-or-nothing" | "partial" | "weighted"; options: KeyedOption[] }
  | { type: "true-false"; answer: boolean; falseExplanation: string }
  | { type: "numeric"; answer: number; tolerance: number; unit?: string }
  | { type: "matching"; pairs: { id: string; prompt: string; matchId: string; match: string; explanation: string }[] }
  | { type: "ordering"; items: { id: string; text: string }[] };

export type Response =
  | { type: "single"; choice: string }
  | { type: "multiple"; choices: string[] }
  | { type: "true-false"; value: boolean }
  | { type: "numeric"; value: number }
  | { type: "matching"; matches: Record<string, string> }
  | { type: "ordering"; order: string[] };

export type Grade = { credit: number; correct: boolean };
