// Moodle GIFT text into questions of the bank's format, for the studio's
// import. Pure: the caller shows the preview and imports all or nothing.
// GIFT carries no exam target, domain or difficulty, so the caller gives them.
import { parse, type GIFTQuestion, type MultipleChoice, type Numerical, type NumericalFormat, type ShortAnswer, type TextFormat, type TrueFalse, type Matching } from "gift-pegjs";
import { questionSchema, type QuestionSource } from "@/lib/assessment/question-schema";
import { escapeMarkdown, htmlToMarkdown } from "./html-markdown";

export type GiftDefaults = {
  /** Every id made starts with this slug, e.g. "lean-moodle". */
  idPrefix: string;
  target: string;
  domain: string;
  /** 1..5; 3 when not given. */
  difficulty?: number;
  /** "<course-slug>/<module-slug>" of the module quiz the questions join. */
  module?: string;
  /** Tags added to every question, besides those from $CATEGORY and [tag:…]. */
  tags?: readonly string[];
  /** Ids already in use (the bank's): made ids avoid them. */
  takenIds?: Iterable<string>;
};

/** A GIFT item that is not imported, with the line it starts on (1-based). */
export type GiftSkip = { line: number; reason: string };
/** A question imported with a change the author should know of (a GIFT weight the bank cannot express). */
export type GiftNote = { line: number; id: string; note: string };
export type GiftImport = { questions: QuestionSource[]; skipped: GiftSkip[]; notes: GiftNote[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_MAX = 80;
const SLUG_WORDS_MAX = 48;

/** Thrown inside one item's conversion; becomes that item's skip reason. */
class Skip extends Error {}

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Up to SLUG_WORDS_MAX characters, cut at a word boundary. */
function shortSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= SLUG_WORDS_MAX) return slug;
  const cut = slug.slice(0, SLUG_WORDS_MAX + 1);
  return cut.slice(0, cut.lastIndexOf("-")) || slug.slice(0, SLUG_WORDS_MAX);
}

/** Ids from titles: `propose` finds a free one, `take` marks it used once its question is in. */
function idMaker(prefix: string, taken: Iterable<string> = []) {
  if (!SLUG.test(prefix) || prefix.length > ID_MAX - 10) throw new RangeError(`id prefix "${prefix}" is not a short lowercase slug`);
  const used = new Set(taken);
  return {
    propose(title: string): string {
      const base = `${prefix}-${shortSlug(title) || "question"}`.slice(0, ID_MAX - 4).replace(/-+$/, "");
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      return id;
    },
    take: (id: string) => used.add(id),
  };
}

/**
 * The bank holds markdown. Moodle's own format and plain text are not
 * markdown, so what markdown would read as syntax is escaped; the HTML that
 * Moodle's editor writes is converted, and richer HTML refused by name.
 */
function markdown(t: TextFormat | null | undefined): string {
  if (!t) return "";
  if (t.format === "markdown") return t.text.trim();
  if (t.format === "html") {
    const converted = htmlToMarkdown(t.text);
    if (!converted.ok) throw new Skip(`HTML <${converted.tag}> is not imported: the bank holds markdown (convert it, or use [markdown])`);
    return converted.markdown;
  }
  return escapeMarkdown(t.text.trim());
}

const joined = (...parts: string[]) => parts.filter(Boolean).join("\n\n");

/** Comment lines that say something: not Moodle's own export header, not only [id:]/[tag:] markers. */
function commentText(lines: string[]): string {
  return lines
    .map((l) => l.trim().replace(/^\/\/+/, "").replace(/\[(id|tag):[^\]]*\]/g, "").trim())
    .filter((l) => l && !/^question:\s*\d+\s+name:/i.test(l))
    .join("\n");
}

function categoryTags(path: string): string[] {
  return path
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith("$") && s.toLowerCase() !== "top" && !/^default for\b/i.test(s))
    .map(slugify)
    .filter(Boolean);
}

/** Numbers read from GIFT arithmetic ((3.141 + 3.142) / 2) lose their last digits to binary; 12 significant digits are kept. */
const tidy = (x: number) => Number(x.toPrecision(12));

function numericKey(f: NumericalFormat): { answer: number; tolerance: number } {
  if (f.type === "range") return { answer: f.number!, tolerance: Math.abs(f.range!) };
  if (f.type === "high-low") return { answer: tidy((f.numberLow! + f.numberHigh!) / 2), tolerance: tidy(Math.abs(f.numberHigh! - f.numberLow!) / 2) };
  return { answer: f.number!, tolerance: 0 };
}

const isNumericalFormat = (t: unknown): t is NumericalFormat => typeof t === "object" && t !== null && "type" in t;
const fullCredit = (c: { isCorrect: boolean; weight: number | null }) => c.isCorrect && (c.weight === null || c.weight === 100);

type Built = { fields: Record<string, unknown>; notes: string[] };

function fromChoices(q: MultipleChoice, general: string): Built {
  const notes: string[] = [];
  const keyed = q.choices.some((c) => c.isCorrect);
  if (keyed) {
    // Moodle reads any "=" as a single-answer item; "=" earns full credit whatever weight follows it.
    if (q.choices.filter((c) => c.isCorrect).length > 1) throw new Skip("more than one option marked \"=\": a single-answer item has exactly one key");
    const explanation = general || markdown(q.choices.find((c) => c.isCorrect)!.feedback);
    const options = q.choices.map((c) => {
      const credit = !c.isCorrect && c.weight !== null && c.weight > 0 ? c.weight / 100 : undefined;
      if (!c.isCorrect && c.weight !== null && c.weight < 0) notes.push(`option "${c.text.text}" has weight ${c.weight}%; a wrong option earns 0 here`);
      return { text: markdown(c.text), ...(c.isCorrect ? { correct: true } : {}), ...(credit !== undefined ? { credit } : {}), explanation: markdown(c.feedback) || explanation };
    });
    return { fields: { type: "single", options, explanation }, notes };
  }
  const right = q.choices.filter((c) => (c.weight ?? 0) > 0);
  if (right.length < 2) throw new Skip("a multiple-answer item (no \"=\") needs at least two options with a positive weight");
  const share = 100 / right.length;
  const close = (a: number, b: number) => Math.abs(a - b) < 0.01;
  // The bank's partial scoring gives each right option an equal share and takes one share back per wrong choice.
  const exact = right.every((c) => close(c.weight!, share)) && q.choices.every((c) => (c.weight ?? 0) > 0 || close(c.weight ?? 0, -share));
  const explanation = general || joined(...right.map((c) => markdown(c.feedback)));
  const option = (c: (typeof q.choices)[number]) => ({ text: markdown(c.text), ...((c.weight ?? 0) > 0 ? { correct: true } : {}), explanation: markdown(c.feedback) || explanation });
  const total = right.reduce((sum, c) => sum + c.weight!, 0);
  const weighable = Math.abs(total - 100) < 0.5 && q.choices.every((c) => (c.weight ?? 0) >= -100);
  if (!exact && weighable) {
    // The bank scores these weights as Moodle does: the sum of the chosen options' weights, between 0 and 1.
    const options = q.choices.map((c) => ({ ...option(c), credit: tidy((c.weight ?? 0) / 100) }));
    return { fields: { type: "multiple", scoring: "weighted", options, explanation }, notes };
  }
  if (!exact) {
    const weights = q.choices.map((c) => `${c.weight ?? 0}%`).join(", ");
    notes.push(`scored as equal shares of ${share.toFixed(1)}% per right option, each wrong choice cancelling one; the GIFT weights were ${weights}, and the right ones do not add up to 100%`);
  }
  return { fields: { type: "multiple", scoring: "partial", options: q.choices.map(option), explanation }, notes };
}

function fromTrueFalse(q: TrueFalse, general: string): Built {
  // gift-pegjs names the two feedbacks by position; Moodle reads the first as
  // the feedback on a wrong answer and the second as that on a right one.
  const wrong = markdown(q.trueFeedback);
  const right = markdown(q.falseFeedback);
  const onTrue = q.isTrue ? right : wrong;
  const onFalse = q.isTrue ? wrong : right;
  return { fields: { type: "true-false", answer: q.isTrue, explanation: joined(onTrue, general) || onFalse, falseExplanation: onFalse || general || onTrue }, notes: [] };
}

function fromNumerical(q: Numerical, general: string): Built {
  if (isNumericalFormat(q.choices)) return { fields: { type: "numeric", ...numericKey(q.choices), explanation: general }, notes: [] };
  const keys = q.choices.filter(fullCredit);
  if (keys.length !== 1) throw new Skip(`a numeric item needs exactly one fully correct answer, this one has ${keys.length}`);
  const key = keys[0]!;
  if (!isNumericalFormat(key.text)) throw new Skip("the correct numeric answer is not a number");
  const partial = q.choices.filter((c) => c.isCorrect && !fullCredit(c)).length;
  const notes = partial ? [`${partial} partly correct answer(s) dropped: a numeric item here is right or wrong`] : [];
  return { fields: { type: "numeric", ...numericKey(key.text), explanation: general || markdown(key.feedback) }, notes };
}

function fromMatching(q: Matching, general: string): Built {
  if (q.matchPairs.some((p) => !p.subquestion.text.trim())) throw new Skip("matches without a prompt (extra distractors) have no equivalent in the bank's matching items");
  const pairs = q.matchPairs.map((p) => ({ prompt: markdown(p.subquestion), match: markdown({ format: p.subquestion.format, text: p.subanswer }), explanation: general }));
  return { fields: { type: "matching", pairs, explanation: general }, notes: [] };
}

function fromShort(q: ShortAnswer, general: string): Built {
  const keys = q.choices.filter(fullCredit);
  const values = new Set(keys.map((c) => c.text.text.trim()).map((t) => (/^[-+]?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN)));
  const [value] = [...values];
  if (values.size !== 1 || value === undefined || Number.isNaN(value)) {
    throw new Skip("short text answers have no item type in the bank (a short answer maps only when its one accepted answer is a number)");
  }
  const partial = q.choices.length - keys.length;
  const notes = partial ? [`${partial} partly correct answer(s) dropped: a numeric item here is right or wrong`] : [];
  return { fields: { type: "numeric", answer: value, tolerance: 0, explanation: general || markdown(keys[0]!.feedback) }, notes };
}

function convert(q: Exclude<GIFTQuestion, { type: "Category" }>, general: string): Built {
  switch (q.type) {
    case "Description":
      throw new Skip("a description has no answer to grade");
    case "Essay":
      throw new Skip("essays are graded by hand; the bank has no essay items");
    case "MC":
      return fromChoices(q, general);
    case "TF":
      return fromTrueFalse(q, general);
    case "Numerical":
      return fromNumerical(q, general);
    case "Matching":
      return fromMatching(q, general);
    case "Short":
      return fromShort(q, general);
  }
}

type Block = { start: number; lines: string[] };

/** Items are separated by blank lines, as Moodle's importer reads them, so one bad item cannot take its neighbours down. */
function blocks(source: string): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  // A byte-order mark is how some editors start a UTF-8 file, not text of the first item.
  source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).forEach((line, i) => {
    if (!line.trim()) {
      current = null;
      return;
    }
    if (!current) out.push((current = { start: i + 1, lines: [] }));
    current.lines.push(line);
  });
  return out;
}

const isComment = (line: string) => line.trimStart().startsWith("//");

function syntaxLine(error: unknown): number | null {
  if (error instanceof Error && error.name === "SyntaxError" && "location" in error) {
    return (error as Error & { location: { start: { line: number } } }).location.start.line;
  }
  return null;
}

/**
 * Every item becomes a question or a skip with its line and reason; nothing
 * throws for bad GIFT. Comments (`//`, besides `[id:]`/`[tag:]` markers) and
 * general feedback (`####`) become the explanation; an option's feedback its
 * own explanation, else the question's. `$CATEGORY` path segments and `[tag:]`
 * markers become tags.
 */
export function parseGift(source: string, defaults: GiftDefaults): GiftImport {
  const ids = idMaker(defaults.idPrefix, defaults.takenIds);
  const result: GiftImport = { questions: [], skipped: [], notes: [] };
  let category: string[] = [];

  for (const block of blocks(source)) {
    const firstContent = block.lines.findIndex((l) => !isComment(l));
    if (firstContent === -1) continue;
    const line = block.start + firstContent;
    let items: GIFTQuestion[];
    try {
      items = parse(block.lines.join("\n"));
    } catch (error) {
      const at = syntaxLine(error);
      if (at === null) throw error;
      const message = (error as Error).message;
      result.skipped.push({ line: block.start + at - 1, reason: `GIFT syntax error: ${message.length > 240 ? `${message.slice(0, 240)}…` : message}` });
      continue;
    }
    const comments = commentText(block.lines.filter(isComment));
    for (const item of items) {
      if (item.type === "Category") {
        category = categoryTags(item.title);
        continue;
      }
      try {
        const feedback = "globalFeedback" in item ? markdown(item.globalFeedback) : "";
        const built = convert(item, joined(feedback, comments));
        const stem = markdown(item.stem);
        const id = ids.propose(item.title ?? stem);
        const tags = [...new Set([...(defaults.tags ?? []), ...category, ...(item.tags ?? [])].map(slugify).filter(Boolean))];
        const candidate = {
          id,
          target: defaults.target,
          domain: defaults.domain,
          difficulty: defaults.difficulty ?? 3,
          tags,
          ...(defaults.module ? { module: defaults.module } : {}),
          stem,
          ...built.fields,
        };
        if (!built.fields.explanation) throw new Skip("no explanation: give general feedback (#### …) or a // comment; the bank explains every answer");
        const checked = questionSchema.safeParse(candidate);
        if (!checked.success) {
          throw new Skip(checked.error.issues.map((i) => `${i.path.join(".") || "question"}: ${i.message}`).join("; "));
        }
        ids.take(id);
        result.questions.push(checked.data);
        for (const note of built.notes) result.notes.push({ line, id, note });
      } catch (error) {
        if (!(error instanceof Skip)) throw error;
        result.skipped.push({ line, reason: error.message });
      }
    }
  }
  return result;
}
