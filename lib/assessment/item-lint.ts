// An item-writing lint: the habits that let a test-wise learner score without
// knowing the subject. Run on save in the studio and over the shipped bank in
// the tests. Pure: it reads questions in the bank's source format.
import type { QuestionSource } from "./question-schema";

export type LintRule = "key-longest" | "all-or-none-of-the-above" | "key-echoes-stem" | "absolutes-only-in-distractors" | "stem-without-question";
export type LintFinding = { rule: LintRule; message: string };

/** A key this much longer than every distractor stands out at a glance. */
export const CLEAR_MARGIN = 1.25;

const STOPWORDS = new Set(
  "about above after again against their there these those which while would should could other under every where being having doing because before between through during without within project manager team".split(" "),
);
const ABSOLUTES = /\b(always|never)\b/i;

const words = (text: string) => new Set((text.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !STOPWORDS.has(w)));

function choices(q: QuestionSource): { key: string[]; distractors: string[] } | null {
  if (q.type !== "single" && q.type !== "multiple") return null;
  return { key: q.options.filter((o) => o.correct).map((o) => o.text), distractors: q.options.filter((o) => !o.correct).map((o) => o.text) };
}

/** True when a single-choice item's key is strictly longer than every other option. */
export function keyIsLongest(q: QuestionSource): boolean {
  if (q.type !== "single") return false;
  const key = q.options.find((o) => o.correct)!.text.length;
  return q.options.every((o) => o.correct || o.text.length < key);
}

export function lintQuestion(q: QuestionSource): LintFinding[] {
  const findings: LintFinding[] = [];
  if (!q.stem.includes("?")) findings.push({ rule: "stem-without-question", message: "The stem does not ask a question." });
  const c = choices(q);
  if (!c) return findings;
  const all = [...c.key, ...c.distractors];
  if (all.some((t) => /\b(all|none) of the above\b/i.test(t))) {
    findings.push({ rule: "all-or-none-of-the-above", message: "\u201cAll/none of the above\u201d rewards test-taking, not knowledge." });
  }
  if (q.type === "single") {
    const key = c.key[0]!.length;
    const longest = Math.max(...c.distractors.map((t) => t.length));
    if (key >= CLEAR_MARGIN * longest) {
      findings.push({ rule: "key-longest", message: `The keyed option is ${(key / longest).toFixed(1)}\u00d7 the longest distractor; make the distractors as specific as the key.` });
    }
  }
  const stem = words(q.stem);
  const keyWords = new Set(c.key.flatMap((t) => [...words(t)]));
  const distractorWords = new Set(c.distractors.flatMap((t) => [...words(t)]));
  const echoes = [...stem].filter((w) => keyWords.has(w) && !distractorWords.has(w));
  if (echoes.length >= 2) {
    findings.push({ rule: "key-echoes-stem", message: `Only the key repeats the stem's words (${echoes.slice(0, 3).join(", ")}).` });
  }
  if (c.distractors.some((t) => ABSOLUTES.test(t)) && !c.key.some((t) => ABSOLUTES.test(t))) {
    findings.push({ rule: "absolutes-only-in-distractors", message: "\u201cAlways\u201d or \u201cnever\u201d appears only in wrong options, which marks them as wrong." });
  }
  return findings;
}

export type TargetLint = {
  target: string;
  singleChoice: number;
  /** Share of single-choice items whose key is strictly the longest option (chance is about 1 in the number of options). */
  keyLongestShare: number;
  trueFalse: number;
  /** Share of true/false items whose answer is "true". */
  trueShare: number;
  findings: Record<LintRule, number>;
};

export const BANK_LIMITS = { keyLongestShare: 0.35, trueShare: [0.4, 0.6] as const };

export function lintTarget(target: string, questions: QuestionSource[]): TargetLint {
  const mine = questions.filter((q) => q.target === target);
  const single = mine.filter((q) => q.type === "single");
  const tf = mine.filter((q): q is Extract<QuestionSource, { type: "true-false" }> => q.type === "true-false");
  const findings = { "key-longest": 0, "all-or-none-of-the-above": 0, "key-echoes-stem": 0, "absolutes-only-in-distractors": 0, "stem-without-question": 0 };
  for (const q of mine) for (const f of lintQuestion(q)) findings[f.rule]++;
  return {
    target,
    singleChoice: single.length,
    keyLongestShare: single.length ? single.filter(keyIsLongest).length / single.length : 0,
    trueFalse: tf.length,
    trueShare: tf.length ? tf.filter((q) => q.answer).length / tf.length : 0.5,
    findings,
  };
}
