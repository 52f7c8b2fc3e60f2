// A question's schema problems as an author reads them: where, then what, in
// words rather than zod's defaults. Shared by the editor's preview and its save.
import { questionSchema, type QuestionSource } from "@/lib/assessment/question-schema";

type Issue = { code: string; path: PropertyKey[]; message: string; expected?: string };

function describe(issue: Issue): string {
  const where = issue.path.length ? issue.path.map(String).join(".") : "the question";
  // Zod leaves the input out of its issues; its message names what it received.
  if (issue.code === "invalid_type") return /received undefined/.test(issue.message) ? `${where} is missing` : `${where} should be ${issue.expected === "object" ? "a set of fields" : `a ${issue.expected}`}`;
  if (issue.code === "invalid_union") return `${where}: type must be one of single, multiple, true-false, numeric, matching, ordering`;
  return `${where}: ${issue.message}`;
}

/** The parsed question, or up to `max` readable problems. */
export function checkQuestion(value: unknown, max = 4): { ok: true; question: QuestionSource } | { ok: false; problems: string } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, problems: "write the question as fields (id, target, domain, type, stem, explanation, …), one per line" };
  }
  const parsed = questionSchema.safeParse(value);
  if (parsed.success) return { ok: true, question: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, max).map((i) => describe(i as unknown as Issue)).join("; ") };
}
