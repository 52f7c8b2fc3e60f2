import "server-only";
import type { QuestionSource } from "@/lib/assessment/question-schema";
import { importBank } from "@/lib/studio/bank-json";
import { parseGift, type GiftNote, type GiftSkip } from "@/lib/studio/gift";
import { db } from "@/lib/db";
import type { ImportQuestionsInput } from "@/lib/validation/studio";
import { fail, failFields, type Result } from "../result";
import { requireAuthor } from "./course-access";
import { writableModules, writableTargets } from "./question-access";
import { writeQuestions, type WriteOutcome } from "./write-questions";

export type ImportReport = {
  imported: boolean;
  counts: Omit<WriteOutcome, "ids">;
  items: { id: string; type: string; stem: string }[];
  skipped: GiftSkip[];
  notes: GiftNote[];
};

type Fields = keyof ImportQuestionsInput;

const MAX_LISTED = 12;

/**
 * Reads a JSON bank export or a Moodle GIFT file. "preview" reports what would
 * be created or versioned and every skipped item with its line and reason;
 * "import" writes the same, all of it or (on any problem) none of it.
 */
export async function importQuestionFile(input: { format: "json" | "gift"; target?: string; domain?: string; text: string; intent: "preview" | "import" }): Promise<Result<{ report: ImportReport }, Fields>> {
  const viewer = await requireAuthor();
  const [targets, modules] = await Promise.all([writableTargets(viewer), writableModules(viewer)]);
  let questions: QuestionSource[];
  let skipped: GiftSkip[] = [];
  let notes: GiftNote[] = [];
  if (input.format === "json") {
    const read = importBank(input.text, { domains: new Map(targets.map((t) => [t.code, t.domains])), modules: new Set(modules.keys()) });
    if (!read.ok) {
      const listed = read.errors.slice(0, MAX_LISTED).map((e) => `${e.id ? `${e.id}: ` : ""}${e.path ? `${e.path}: ` : ""}${e.message}`);
      const more = read.errors.length > MAX_LISTED ? ` …and ${read.errors.length - MAX_LISTED} more.` : "";
      return fail(`Nothing was imported. ${listed.join("; ")}.${more}`, "text");
    }
    questions = read.value;
  } else {
    const target = targets.find((t) => t.code === input.target);
    if (!target) return fail("Choose a bank you may write questions for.", "target");
    if (!input.domain || !target.domains.includes(input.domain)) return failFields({ domain: `Choose one of ${target.code}'s domains: ${target.domains.join(", ")}.` });
    const taken = (await db.question.findMany({ select: { key: true } })).map((q) => q.key);
    ({ questions, skipped, notes } = parseGift(input.text, { idPrefix: `${target.code.toLowerCase()}-gift`, target: target.code, domain: input.domain, takenIds: taken }));
    if (questions.length === 0) return fail(`No question in that file can be imported. ${skipped.slice(0, MAX_LISTED).map((s) => `Line ${s.line}: ${s.reason}`).join(" ")}`, "text");
  }
  const written = await writeQuestions(viewer, questions, { dryRun: input.intent === "preview" });
  if (!written.ok) return fail(`Nothing was imported. ${written.issues.slice(0, MAX_LISTED).map((i) => i.message).join(" ")}`, "text");
  const { created, versioned, unchanged } = written.outcome;
  return {
    ok: true,
    report: {
      imported: input.intent === "import",
      counts: { created, versioned, unchanged },
      items: questions.map((q) => ({ id: q.id, type: q.type, stem: q.stem.length > 120 ? `${q.stem.slice(0, 120)}…` : q.stem })),
      skipped,
      notes,
    },
  };
}
