// The studio's structured question form: a question in the bank's YAML format
// as the fields an instructor edits (all text, for inputs), and back again.
// The form edits the same source the YAML view does, so a question only opens
// in the form when the form can write it back exactly as it was.
import { parseDocument, stringify } from "yaml";
import { questionSchema } from "@/lib/assessment/question-schema";
import { QUESTION_TYPES, type QuestionTypeValue } from "./question-templates";

export const SCORINGS = ["partial", "all-or-nothing", "weighted"] as const;
type Scoring = (typeof SCORINGS)[number];

export type OptionRow = { text: string; explanation: string; correct: boolean; credit: string };
export type PairRow = { prompt: string; match: string; explanation: string };
export type ItemRow = { text: string };

/** Every type's fields at once, so react-hook-form keeps one shape; the type says which are written. */
export type QuestionForm = {
  id: string;
  target: string;
  type: QuestionTypeValue;
  domain: string;
  task: string;
  difficulty: string;
  /** Comma separated. */
  tags: string;
  module: string;
  stem: string;
  explanation: string;
  options: OptionRow[];
  scoring: Scoring;
  /** The numeric answer as typed, or "true"/"false" for a true/false item. */
  answer: string;
  falseExplanation: string;
  tolerance: string;
  unit: string;
  pairs: PairRow[];
  items: ItemRow[];
};

export const emptyOption = (): OptionRow => ({ text: "", explanation: "", correct: false, credit: "" });
export const emptyPair = (): PairRow => ({ prompt: "", match: "", explanation: "" });
export const emptyItem = (): ItemRow => ({ text: "" });

/** Limits of the rows per type, from the schema. */
export const ROW_LIMITS = {
  single: { min: 2, max: 8 },
  multiple: { min: 3, max: 10 },
  matching: { min: 3, max: 8 },
  ordering: { min: 3, max: 8 },
} as const;

const str = (v: unknown): string => (v === undefined || v === null ? "" : String(v));
const record = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function toForm(q: Record<string, unknown>): QuestionForm {
  const type = q.type as QuestionTypeValue;
  return {
    id: str(q.id),
    target: str(q.target),
    type,
    domain: str(q.domain),
    task: str(q.task),
    difficulty: str(q.difficulty),
    tags: list(q.tags).map(str).join(", "),
    module: str(q.module),
    stem: str(q.stem),
    explanation: str(q.explanation),
    options: list(q.options).map((o) => {
      const r = record(o);
      return { text: str(r.text), explanation: str(r.explanation), correct: r.correct === true, credit: str(r.credit) };
    }),
    scoring: SCORINGS.find((v) => v === q.scoring) ?? "partial",
    answer: str(q.answer),
    falseExplanation: str(q.falseExplanation),
    tolerance: str(q.tolerance),
    unit: str(q.unit),
    pairs: list(q.pairs).map((p) => {
      const r = record(p);
      return { prompt: str(r.prompt), match: str(r.match), explanation: str(r.explanation) };
    }),
    items: list(q.items).map((i) => ({ text: str(i) })),
  };
}

/** A number as typed; text that is not one stays text, so the schema names the field. */
function numberOf(text: string): number | string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

const optional = <K extends string>(key: K, text: string): Partial<Record<K, string>> => (text.trim() ? ({ [key]: text } as Record<K, string>) : {});

/** The question object the form stands for, keys in the schema's order (the order the studio writes). */
export function questionOf(f: QuestionForm): Record<string, unknown> {
  const base = {
    id: f.id,
    target: f.target,
    domain: f.domain,
    ...optional("task", f.task),
    difficulty: numberOf(f.difficulty),
    tags: f.tags
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    ...optional("module", f.module),
    stem: f.stem,
    explanation: f.explanation,
    type: f.type,
  };
  const options = () =>
    f.options.map((o) => {
      const credit = numberOf(o.credit);
      return { text: o.text, ...(credit === undefined ? {} : { credit }), ...(o.correct ? { correct: true } : {}), explanation: o.explanation };
    });
  switch (f.type) {
    case "single":
      return { ...base, options: options() };
    case "multiple":
      return { ...base, scoring: f.scoring, options: options() };
    case "true-false":
      return { ...base, answer: f.answer === "true", falseExplanation: f.falseExplanation };
    case "numeric": {
      const unit = f.unit.trim() ? { unit: f.unit } : {};
      return { ...base, answer: numberOf(f.answer), tolerance: numberOf(f.tolerance), ...unit };
    }
    case "matching":
      return { ...base, pairs: f.pairs.map((p) => ({ prompt: p.prompt, match: p.match, explanation: p.explanation })) };
    case "ordering":
      return { ...base, items: f.items.map((i) => i.text) };
  }
}

/** The bank YAML the form stands for, written as the studio writes a saved question. */
export function sourceOf(f: QuestionForm): string {
  const q = questionOf(f);
  // An unset number is left out, so the schema reports it missing rather than null.
  for (const key of Object.keys(q)) if (q[key] === undefined) delete q[key];
  return stringify(q, { lineWidth: 0 });
}

export type FormFromSource = { ok: true; form: QuestionForm } | { ok: false; problem: string };

const TYPE_NAMES: readonly string[] = QUESTION_TYPES.map((t) => t.value);

/** The form for a YAML source, or why the source opens as YAML (it does not parse, or the form would change it). */
export function formOf(source: string): FormFromSource {
  const document = parseDocument(source);
  if (document.errors.length) return { ok: false, problem: `The YAML does not parse: ${document.errors[0]!.message.split("\n")[0]}` };
  const value: unknown = document.toJS();
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, problem: "The source is not a single question's fields." };
  const raw = value as Record<string, unknown>;
  if (typeof raw.type !== "string" || !TYPE_NAMES.includes(raw.type)) return { ok: false, problem: `type must be one of ${TYPE_NAMES.join(", ")}.` };
  const form = toForm(raw);
  // The schema defaults missing tags to none, and the form writes them so.
  const expected: Record<string, unknown> = { tags: [], ...raw };
  const written: Record<string, unknown> = questionOf(form);
  for (const key of Object.keys(written)) if (written[key] === undefined) delete written[key];
  if (!same(written, expected)) {
    const changed = [...new Set([...Object.keys(written), ...Object.keys(expected)])].filter((k) => !same(written[k], expected[k]));
    return { ok: false, problem: `The form cannot show ${changed.join(", ")} as written; edit it as YAML.` };
  }
  return { ok: true, form };
}

/** Deep equality regardless of key order (the values come from YAML: plain data only). */
const same = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}

/** Field paths of the form (`options.2.text`), each with the schema's first problem there in words. */
export type FormErrors = Partial<Record<string, string>>;

type Issue = { code: string; path: PropertyKey[]; message: string; expected?: string; maximum?: number | bigint; minimum?: number | bigint; origin?: string };

function fieldOf(path: PropertyKey[]): string {
  const [head, index, leaf] = path.map(String);
  if (head === "tags") return "tags";
  if (head === "items" && index !== undefined) return `items.${index}.text`;
  if ((head === "options" || head === "pairs") && index !== undefined && leaf !== undefined) return `${head}.${index}.${leaf}`;
  return head ?? "root";
}

function wordsFor(issue: Issue, field: string): string {
  if (field === "tags") return "Tags are lowercase words and hyphens, separated by commas.";
  if (field === "id" && issue.code === "invalid_format") return "Use a lowercase slug: letters, digits and hyphens.";
  if (field === "module" && issue.code === "invalid_format") return "Use <course-slug>/<module-slug>.";
  if (issue.code === "invalid_type") return issue.expected === "number" ? "Enter a number." : "Fill this in.";
  if (issue.code === "too_small") {
    if (issue.origin === "string") return "Fill this in.";
    if (issue.origin === "array") return `Add at least ${issue.minimum}.`;
    return `Use at least ${issue.minimum}.`;
  }
  if (issue.code === "too_big") {
    if (issue.origin === "string") return `Keep it to ${issue.maximum} characters or fewer.`;
    if (issue.origin === "array") return `Keep it to ${issue.maximum} or fewer.`;
    return `Use at most ${issue.maximum}.`;
  }
  if (issue.code === "invalid_type" || issue.code === "invalid_value") return "Choose one of the listed values.";
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1) + (issue.message.endsWith(".") ? "" : ".");
}

/** The shared schema's problems with the form's question, field by field (the first per field). */
export function formErrors(f: QuestionForm): FormErrors {
  const parsed = questionSchema.safeParse(questionOf(f));
  if (parsed.success) return {};
  const errors: FormErrors = {};
  for (const issue of parsed.error.issues as unknown as Issue[]) {
    const field = fieldOf(issue.path);
    errors[field] ??= wordsFor(issue, field);
  }
  return errors;
}

/**
 * The options' weights when a multiple-answer item changes scoring: switched
 * to weighted with no weights yet, the right options start at equal shares and
 * the wrong ones at minus one share (what partial scoring did); switched away,
 * the weights go, since only weighted scoring reads them.
 */
export function weightsFor(options: OptionRow[], scoring: Scoring): string[] {
  if (scoring !== "weighted") return options.map(() => "");
  if (options.some((o) => o.credit.trim())) return options.map((o) => o.credit);
  const share = 1 / Math.max(1, options.filter((o) => o.correct).length);
  return options.map((o) => String(Number((o.correct ? share : -share).toFixed(6))));
}

/** Marks one option as the key of a single-choice item, the rest not. */
export const keyOnly = (options: OptionRow[], index: number): OptionRow[] => options.map((o, i) => ({ ...o, correct: i === index }));
