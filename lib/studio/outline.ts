/** A course outline as the studio shows it to its authors: drafts applied, sizes and quiz counts per module. */
export type StudioLessonRow = { id: string; title: string; words: number; minutes: number; published: boolean; hasDraft: boolean };
export type StudioModule = { id: string; title: string; summary: string; published: boolean; quizQuestions: number; lessons: StudioLessonRow[] };
