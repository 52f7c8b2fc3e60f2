// What a course must have before learners may see it. Pure: the studio's
// publish action and its checklist both ask this module, so the reasons an
// instructor reads are the reasons publishing is refused.
import { countWords } from "@/lib/content/words";

export const MIN_LESSON_WORDS = 400;

export type CourseToPublish = {
  modules: { title: string; quizQuestions: number; lessons: { title: string; body: string }[] }[];
};

/** Every reason the course cannot be published yet, in outline order; empty when it can. */
export function publishProblems(course: CourseToPublish): string[] {
  if (course.modules.length === 0) return ["The course has no modules yet."];
  return course.modules.flatMap((mod) => {
    const problems: string[] = [];
    if (mod.lessons.length === 0) problems.push(`Module “${mod.title}” has no lessons.`);
    for (const lesson of mod.lessons) {
      const words = countWords(lesson.body);
      if (words < MIN_LESSON_WORDS) {
        problems.push(`Lesson “${lesson.title}” in “${mod.title}” has ${words} ${words === 1 ? "word" : "words"}; a lesson needs at least ${MIN_LESSON_WORDS}.`);
      }
    }
    if (mod.quizQuestions === 0) problems.push(`Module “${mod.title}” has no quiz: add at least one question to it.`);
    return problems;
  });
}
