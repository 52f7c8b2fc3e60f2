// A lesson as the studio edits it. In a published course learners keep reading
// the lesson's published fields while the instructor's edits wait here as a
// draft, until the course is published again.
import { countWords } from "@/lib/content/words";

export type LessonDraft = { title: string; minutes: number; objectives: string[]; body: string };

type StoredLesson = { title: string; minutes: number; objectives: string; body: string; draft: string | null };

/** What the instructor sees and what publishing would make live: the draft when there is one, else the published text. */
export function effectiveLesson(lesson: StoredLesson): LessonDraft {
  if (lesson.draft) return JSON.parse(lesson.draft) as LessonDraft;
  return { title: lesson.title, minutes: lesson.minutes, objectives: lesson.objectives.split("\n").filter(Boolean), body: lesson.body };
}

/** The published columns a draft becomes. */
export function liveFields(draft: LessonDraft) {
  return { title: draft.title, minutes: draft.minutes, objectives: draft.objectives.join("\n"), body: draft.body, wordCount: countWords(draft.body), draft: null };
}

/** "Value Stream Mapping!" -> "value-stream-mapping", unique among `taken`. */
export function uniqueSlug(title: string, taken: Iterable<string>): string {
  const base =
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "untitled";
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Moves the item at `from` to `to` (clamped), returning the new order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}
