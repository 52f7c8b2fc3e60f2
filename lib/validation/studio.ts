// What instructors submit in the studio. Shared by the studio's forms (through
// react-hook-form) and its actions, which parse again on the server.
import "@/lib/validation/zod-config";
import { z } from "zod";

const id = (what: string) => z.string({ error: `Choose ${what}.` }).trim().min(1, `Choose ${what}.`).max(64, `That ${what} does not exist.`);

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} to ${max} characters or fewer.`);

export const LEVELS = ["Beginner", "Intermediate", "Advanced"] as const;
export type Level = (typeof LEVELS)[number];

/** A stored level as the form's choice (rows written before levels were checked read as Beginner). */
export const levelOf = (value: string): Level => LEVELS.find((l) => l === value) ?? "Beginner";

export const courseDetailsSchema = z.object({
  title: text("a title", 120),
  summary: text("a summary", 300),
  description: z.string().trim().max(20_000, "Keep the description to 20,000 characters or fewer.").default(""),
  level: z.enum(LEVELS, { error: "Choose a level." }),
  trackId: id("a track"),
});
export type CourseDetailsInput = z.input<typeof courseDetailsSchema>;

/** A new course (no id) or an existing course's details. */
export const saveCourseSchema = courseDetailsSchema.extend({ courseId: z.string().trim().max(64, "That course does not exist.").optional() });
export type SaveCourseInput = z.input<typeof saveCourseSchema>;

export const moduleDetailsSchema = z.object({
  courseId: id("a course"),
  title: text("a module title", 120),
  summary: text("a module summary", 400),
});
export type ModuleDetailsInput = z.input<typeof moduleDetailsSchema>;

export const updateModuleSchema = moduleDetailsSchema.omit({ courseId: true }).extend({ moduleId: id("a module") });
export type UpdateModuleInput = z.input<typeof updateModuleSchema>;

export const addLessonSchema = z.object({ moduleId: id("a module"), title: text("a lesson title", 160) });
export type AddLessonInput = z.input<typeof addLessonSchema>;

/** A lesson as the editor saves it: text fields, objectives one per line. */
export const lessonDraftSchema = z.object({
  lessonId: id("a lesson"),
  title: text("a lesson title", 160),
  minutes: z.coerce
    .number({ error: "Enter the minutes as a whole number." })
    .int("Enter the minutes as a whole number.")
    .min(1, "A lesson takes at least 1 minute.")
    .max(240, "Split lessons longer than 240 minutes."),
  objectives: z
    .string({ error: "Enter at least one objective." })
    .transform((s) => s.split("\n").map((line) => line.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string().max(300, "Keep each objective to 300 characters or fewer."))
        .min(1, "Enter at least one objective, one per line.")
        .max(12, "List at most 12 objectives."),
    ),
  body: z.string({ error: "Write the lesson." }).max(100_000, "Keep a lesson to 100,000 characters or fewer; split longer ones."),
});
export type LessonDraftInput = z.input<typeof lessonDraftSchema>;

export const moveSchema = z.object({
  kind: z.enum(["module", "lesson"], { error: "Choose what to move." }),
  id: id("what to move"),
  /** The new place among its siblings, counted from 0. */
  to: z.coerce.number({ error: "Choose where to move it." }).int("Choose where to move it.").min(0, "Choose where to move it.").max(500, "Choose where to move it."),
});
export type MoveInput = z.input<typeof moveSchema>;

/** A module or lesson to delete from a course's outline. */
export const deleteOutlineItemSchema = z.object({
  kind: z.enum(["module", "lesson"], { error: "Choose what to delete." }),
  id: id("what to delete"),
});
export type DeleteOutlineItemInput = z.input<typeof deleteOutlineItemSchema>;

export const courseIdSchema = z.object({ courseId: id("a course") });

export const coauthorSchema = z.object({
  courseId: id("a course"),
  email: z.string({ error: "Enter the co-author's email." }).trim().toLowerCase().email("Enter a valid email address.").max(254, "Enter a valid email address."),
});
export type CoauthorInput = z.input<typeof coauthorSchema>;

export const saveQuestionSchema = z.object({
  /** Empty for a new question. */
  questionId: z.string().trim().max(64, "That question does not exist.").optional(),
  source: z.string({ error: "Write the question." }).trim().min(1, "Write the question.").max(30_000, "Keep a question to 30,000 characters or fewer."),
});
export type SaveQuestionInput = z.input<typeof saveQuestionSchema>;

export const importQuestionsSchema = z.object({
  format: z.enum(["json", "gift"], { error: "Choose the file's format." }),
  /** For GIFT, which carries no target or domain of its own. */
  target: z.string().trim().max(20, "Choose a certification.").optional(),
  domain: z.string().trim().max(60, "Choose a domain.").optional(),
  text: z.string({ error: "Choose a file to import." }).min(1, "Choose a file to import.").max(5_000_000, "Import files of at most 5 MB."),
  /** "preview" lists what would happen; "import" writes it. */
  intent: z.enum(["preview", "import"], { error: "Preview or import." }),
});
export type ImportQuestionsInput = z.input<typeof importQuestionsSchema>;

/** The question list's filter, from the address bar: anything unreadable falls back to no filter. */
export const questionFilterSchema = z.object({
  target: z.string().trim().max(20).optional().catch(undefined).transform((v) => v || undefined),
  q: z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** Where a new question starts: a target and a type, from the address bar. */
export const newQuestionSchema = z.object({
  target: z.string().trim().max(20).optional().catch(undefined),
  type: z.enum(["single", "multiple", "true-false", "numeric", "matching", "ordering"]).catch("single").default("single"),
});
