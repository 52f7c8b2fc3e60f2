// The rules for a person's name, wherever one is entered. A name is printed on
// certificates and shown to admins, so it holds visible text the certificate
// PDF can draw, and nothing that hides or reorders it.
import "@/lib/validation/zod-config";
import { z } from "zod";
import { RENDERABLE } from "./renderable";

export const NAME_MAX = 100;

const ranges = RENDERABLE.split(" ").map((r) => {
  const [from, to = from] = r.split("-");
  return [parseInt(from!, 36), parseInt(to!, 36)] as const;
});

function canPrint(cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid]!;
    if (cp < from) hi = mid - 1;
    else if (cp > to) lo = mid + 1;
    else return true;
  }
  return false;
}

const WHITESPACE = /[\p{Zs}\t\n\v\f\r\u0085\u2028\u2029]+/gu;
// ZWNJ and ZWJ decide how letters join inside an Arabic or Devanagari word
// (many Persian names need a ZWNJ); anywhere else they only hide things.
const JOINER_IN_WORD = /(?<=[\p{Script=Arabic}\p{Script=Devanagari}]\p{M}*)[\u200C\u200D](?=[\p{Script=Arabic}\p{Script=Devanagari}])/gu;
const CONTROL = /\p{Cc}/u;
const FORMAT = /\p{Cf}/u;
const STACKED_MARKS = /\p{M}{4,}/u;

/** NFC, whitespace of any kind as single spaces, trimmed. */
export function normaliseName(input: string): string {
  return input.normalize("NFC").replace(WHITESPACE, " ").trim();
}

const describe = (ch: string) => `“${ch}” (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`;

/** What is wrong with an already normalised name, or null. */
export function nameProblem(name: string): string | null {
  if (!name) return "Enter your name.";
  if ([...name].length > NAME_MAX) return `Use at most ${NAME_MAX} characters.`;
  if (CONTROL.test(name)) return "Your name contains an invisible control character. Type it again rather than pasting it.";
  if (FORMAT.test(name.replace(JOINER_IN_WORD, ""))) {
    return "Your name contains invisible formatting characters (text-direction or zero-width marks). Type it again rather than pasting it.";
  }
  if (STACKED_MARKS.test(name)) return "Your name stacks too many accents on one letter.";
  const unprintable = [...new Set([...name].filter((ch) => !canPrint(ch.codePointAt(0)!) && !/[\u200C\u200D]/u.test(ch)))];
  if (unprintable.length > 0) {
    return `Certificates can't print ${unprintable.slice(0, 3).map(describe).join(", ")} yet. Names may use Latin, Greek, Cyrillic, Arabic, Devanagari and Chinese letters.`;
  }
  if (!/\p{L}/u.test(name)) return "Your name needs at least one letter.";
  return null;
}

export const personName = z
  .string({ error: "Enter your name." })
  // A cap before the work below; the real limit follows.
  .max(NAME_MAX * 4, `Use at most ${NAME_MAX} characters.`)
  .transform(normaliseName)
  .superRefine((name, ctx) => {
    const problem = nameProblem(name);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
