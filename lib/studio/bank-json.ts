// JSON export and import of a question bank and of a course, for moving them
// between installations. Pure: the caller reads and writes the files. Import
// checks everything and reports every problem with its path and the id or slug
// it belongs to, so nothing is half-imported.
import "@/lib/validation/zod-config";
import { z } from "zod";
import { questionSchema, type QuestionSource } from "@/lib/assessment/question-schema";
import type { CourseContent } from "@/lib/content/load";
import { courseMeta, lessonMeta, moduleMeta } from "@/lib/content/schema";

/** Bumped when a change to the document shapes would make an older reader misread a file. */
export const EXPORT_VERSION = 1;
export const BANK_FORMAT = "kaizen-question-bank";
export const COURSE_FORMAT = "kaizen-course";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG, "must be a lowercase slug");
/** Folder and file names carry the order as two digits (NN-slug). */
const order = z.number().int().min(0).max(99);
const MAX_BODY = 200_000;

const header = (format: string) => ({
  format: z.literal(format, { error: `not a ${format} file` }),
  version: z.literal(EXPORT_VERSION, { error: `this site reads version ${EXPORT_VERSION} of the format` }),
});

export const bankDocumentSchema = z.strictObject({ ...header(BANK_FORMAT), questions: z.array(questionSchema) });

export const portableLessonSchema = lessonMeta.extend({ slug, order, body: z.string().max(MAX_BODY) });
export const portableModuleSchema = moduleMeta.extend({ slug, order, lessons: z.array(portableLessonSchema) });
export const portableCourseSchema = courseMeta.extend({ slug, description: z.string().max(MAX_BODY), modules: z.array(portableModuleSchema) });
export const courseDocumentSchema = z.strictObject({ ...header(COURSE_FORMAT), course: portableCourseSchema });

export type PortableLesson = z.infer<typeof portableLessonSchema>;
export type PortableModule = z.infer<typeof portableModuleSchema>;
/** A course as its files say it: front matter, bodies, slugs and NN- orders. */
export type PortableCourse = z.infer<typeof portableCourseSchema>;

/** One problem in an imported file; `id` is the question id or module/lesson slug it concerns, where there is one. */
export type ImportIssue = { path: string; id?: string; message: string };
export type ImportResult<T> = { ok: true; value: T } | { ok: false; errors: ImportIssue[] };

/** What the importing site already has, to check references against; a check is skipped where its part is not given. */
export type KnownCatalogue = {
  /** Exam domain codes per certification target code. */
  domains?: ReadonlyMap<string, readonly string[]>;
  /** "<course-slug>/<module-slug>" of the modules a question may belong to. */
  modules?: ReadonlySet<string>;
};

/** `["questions", 3, "options", 1]` -> `questions[3].options[1]` */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

function parseJson(json: string): ImportResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    return { ok: false, errors: [{ path: "", message: `not valid JSON (${(error as Error).message})` }] };
  }
}

/** Where in the document an issue sits, the id or slug of the question, module or lesson that holds it. */
type IdOf = (path: readonly PropertyKey[]) => string | undefined;

function validate<S extends z.ZodType>(schema: S, doc: unknown, idOf: IdOf): ImportResult<z.infer<S>> {
  const result = schema.safeParse(doc);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => {
      const id = idOf(i.path);
      return { path: pathText(i.path), ...(id ? { id } : {}), message: i.message };
    }),
  };
}

const stringAt = (doc: unknown, path: readonly PropertyKey[]): string | undefined => {
  let at: unknown = doc;
  for (const key of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return typeof at === "string" ? at : undefined;
};

export function exportBank(questions: readonly QuestionSource[]): string {
  return `${JSON.stringify({ format: BANK_FORMAT, version: EXPORT_VERSION, questions }, null, 2)}\n`;
}

export function importBank(json: string, known: KnownCatalogue = {}): ImportResult<QuestionSource[]> {
  const parsed = parseJson(json);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const checked = validate(bankDocumentSchema, doc, (p) => (p[0] === "questions" && typeof p[1] === "number" ? stringAt(doc, ["questions", p[1], "id"]) : undefined));
  if (!checked.ok) return checked;

  const errors: ImportIssue[] = [];
  const first = new Map<string, number>();
  checked.value.questions.forEach((q, i) => {
    const at = (field: string) => `questions[${i}].${field}`;
    const seen = first.get(q.id);
    if (seen !== undefined) errors.push({ path: at("id"), id: q.id, message: `the id is also used by questions[${seen}]` });
    else first.set(q.id, i);
    const domains = known.domains?.get(q.target);
    if (known.domains && !domains) errors.push({ path: at("target"), id: q.id, message: `unknown certification target "${q.target}"` });
    else if (domains && !domains.includes(q.domain)) errors.push({ path: at("domain"), id: q.id, message: `unknown ${q.target} domain "${q.domain}"` });
    if (q.module && known.modules && !known.modules.has(q.module)) errors.push({ path: at("module"), id: q.id, message: `unknown module "${q.module}"` });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: checked.value.questions };
}

/** The portable part of a loaded course: what its files say, without the loader's file paths and derived counts. */
export function courseFromContent(course: CourseContent): PortableCourse {
  return {
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    level: course.level,
    certifications: course.certifications,
    description: course.description,
    modules: course.modules.map((m) => ({
      slug: m.slug,
      order: m.order,
      title: m.title,
      summary: m.summary,
      lessons: m.lessons.map((l) => ({
        slug: l.slug,
        order: l.order,
        title: l.title,
        minutes: l.minutes,
        ...(l.exerciseMinutes === undefined ? {} : { exerciseMinutes: l.exerciseMinutes }),
        objectives: l.objectives,
        body: l.body,
      })),
    })),
  };
}

export function exportCourse(course: PortableCourse): string {
  return `${JSON.stringify({ format: COURSE_FORMAT, version: EXPORT_VERSION, course }, null, 2)}\n`;
}

/** The slug of the module or lesson an issue's path runs through, the deepest first. */
function courseIdOf(doc: unknown): IdOf {
  return (p) => {
    if (p[0] !== "course" || p[1] !== "modules" || typeof p[2] !== "number") return undefined;
    const lesson = p[3] === "lessons" && typeof p[4] === "number" ? stringAt(doc, ["course", "modules", p[2], "lessons", p[4], "slug"]) : undefined;
    return lesson ?? stringAt(doc, ["course", "modules", p[2], "slug"]);
  };
}

export function importCourse(json: string, known: KnownCatalogue = {}): ImportResult<PortableCourse> {
  const parsed = parseJson(json);
  if (!parsed.ok) return parsed;
  const checked = validate(courseDocumentSchema, parsed.value, courseIdOf(parsed.value));
  if (!checked.ok) return checked;

  const course = checked.value.course;
  const errors: ImportIssue[] = [];
  course.certifications.forEach((c, i) => {
    const at = `course.certifications[${i}]`;
    const domains = known.domains?.get(c.target);
    if (known.domains && !domains) errors.push({ path: `${at}.target`, message: `unknown certification target "${c.target}"` });
    c.domains.forEach((d, j) => {
      if (domains && !domains.includes(d)) errors.push({ path: `${at}.domains[${j}]`, message: `unknown ${c.target} domain "${d}"` });
    });
  });
  // The loader's rules: module folders are distinct, and a lesson slug names one lesson in the whole course.
  const modules = new Map<string, number>();
  const lessons = new Map<string, string>();
  course.modules.forEach((m, i) => {
    const at = `course.modules[${i}]`;
    const seen = modules.get(m.slug);
    if (seen !== undefined) errors.push({ path: `${at}.slug`, id: m.slug, message: `the slug is also used by course.modules[${seen}]` });
    else modules.set(m.slug, i);
    m.lessons.forEach((l, j) => {
      const here = `${at}.lessons[${j}]`;
      const other = lessons.get(l.slug);
      if (other !== undefined) errors.push({ path: `${here}.slug`, id: l.slug, message: `the slug is also used by ${other}` });
      else lessons.set(l.slug, here);
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: course };
}
