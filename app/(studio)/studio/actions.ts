"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { callAction, formAction } from "@/lib/actions/action-client";
import { AUTHORS } from "@/lib/auth/roles";
import { PUBLIC_CONTENT_TAG } from "@/lib/data/catalog/public-content-cache";
import { addCoauthor } from "@/lib/data/studio/add-coauthor";
import { addLesson } from "@/lib/data/studio/add-lesson";
import { addModule } from "@/lib/data/studio/add-module";
import { createCourse } from "@/lib/data/studio/create-course";
import { deleteOutlineItem } from "@/lib/data/studio/delete-outline-item";
import { moveInOutline } from "@/lib/data/studio/move-item";
import { publishCourse, unpublishCourse } from "@/lib/data/studio/publish-course";
import { dismissShippedConflict, takeShippedCourse } from "@/lib/data/studio/resolve-shipped-conflict";
import { saveLessonDraft } from "@/lib/data/studio/save-lesson-draft";
import { importQuestionFile } from "@/lib/data/studio/import-questions";
import { saveQuestion } from "@/lib/data/studio/save-question";
import { updateCourse } from "@/lib/data/studio/update-course";
import { updateModule } from "@/lib/data/studio/update-module";
import {
  addLessonSchema,
  coauthorSchema,
  importQuestionsSchema,
  courseIdSchema,
  deleteOutlineItemSchema,
  lessonDraftSchema,
  moduleDetailsSchema,
  moveSchema,
  saveCourseSchema,
  saveQuestionSchema,
  updateModuleSchema,
} from "@/lib/validation/studio";

const courseEditor = (courseId: string) => `/studio/courses/${courseId}`;

/** What learners see of a course changed: its catalogue card, outline and lessons, cached for every visitor. */
function revalidateLearnerPages() {
  updateTag(PUBLIC_CONTENT_TAG);
  revalidatePath("/catalog");
  revalidatePath("/courses", "layout");
  revalidatePath("/learn", "layout");
}

/** Creates a course (and opens it) or saves an existing course's details. */
export const saveCourseAction = formAction({
  access: AUTHORS,
  schema: saveCourseSchema,
  run: async ({ courseId, ...details }) => {
    if (!courseId) {
      const created = await createCourse(details);
      if (!created.ok) return created;
      redirect(courseEditor(created.courseId));
    }
    const result = await updateCourse({ courseId, ...details });
    if (!result.ok) return result;
    revalidatePath(courseEditor(courseId));
    revalidateLearnerPages();
    return { ok: true, message: "Course details saved." };
  },
});

export const addModuleAction = formAction({
  access: AUTHORS,
  schema: moduleDetailsSchema,
  run: async (input) => {
    const result = await addModule(input);
    if (!result.ok) return result;
    revalidatePath(courseEditor(input.courseId));
    return { ok: true, message: `Module “${input.title}” added.` };
  },
});

export const updateModuleAction = formAction({
  access: AUTHORS,
  schema: updateModuleSchema,
  run: async (input) => {
    const result = await updateModule(input);
    if (!result.ok) return result;
    revalidatePath(courseEditor(result.courseId));
    revalidateLearnerPages();
    return { ok: true, message: "Module saved." };
  },
});

export const addLessonAction = formAction({
  access: AUTHORS,
  schema: addLessonSchema,
  run: async (input) => {
    const result = await addLesson(input);
    if (!result.ok) return result;
    redirect(`/studio/lessons/${result.lessonId}`);
  },
});

/** The lesson editor's save: a draft until the course is published again. */
export const saveLessonDraftAction = formAction({
  access: AUTHORS,
  schema: lessonDraftSchema,
  run: async (input) => {
    const result = await saveLessonDraft(input);
    if (!result.ok) return result;
    revalidatePath(courseEditor(result.courseId));
    revalidatePath(`/studio/lessons/${input.lessonId}`);
    return { ok: true, message: "Draft saved. Learners see it once you publish the course." };
  },
});

/** Reordering from the outline, by drag and drop or by the move buttons. */
export const moveAction = callAction({
  access: AUTHORS,
  schema: moveSchema,
  run: async (input) => {
    const result = await moveInOutline(input);
    if (!result.ok) return result;
    revalidatePath(courseEditor(result.courseId));
    revalidateLearnerPages();
    return { ok: true };
  },
});

/** Deleting a module or lesson from the outline, after the outline's confirm step; refused where learners have records on it. */
export const deleteOutlineItemAction = formAction({
  access: AUTHORS,
  schema: deleteOutlineItemSchema,
  run: async (input) => {
    const result = await deleteOutlineItem(input);
    if (!result.ok) return result;
    revalidatePath(courseEditor(result.courseId));
    revalidateLearnerPages();
    return { ok: true, message: `“${result.title}” deleted.` };
  },
});

export const publishCourseAction = formAction({
  access: AUTHORS,
  schema: courseIdSchema,
  run: async ({ courseId }) => {
    const result = await publishCourse(courseId);
    if (!result.ok) return result;
    revalidatePath(courseEditor(courseId));
    revalidatePath("/studio");
    revalidateLearnerPages();
    return { ok: true, message: `“${result.title}” is published: learners see it now.` };
  },
});

export const unpublishCourseAction = formAction({
  access: AUTHORS,
  schema: courseIdSchema,
  run: async ({ courseId }) => {
    const result = await unpublishCourse(courseId);
    if (!result.ok) return result;
    revalidatePath(courseEditor(courseId));
    revalidatePath("/studio");
    revalidateLearnerPages();
    return { ok: true, message: `“${result.title}” is unpublished. Learners' progress and notes are kept.` };
  },
});

/** The shipped-files notice: keep the studio version (and hear no more of these files). */
export const dismissShippedConflictAction = formAction({
  access: AUTHORS,
  schema: courseIdSchema,
  run: async ({ courseId }) => {
    const result = await dismissShippedConflict(courseId);
    if (!result.ok) return result;
    revalidatePath(courseEditor(courseId));
    return { ok: true, message: "Kept the studio version." };
  },
});

/** The shipped-files notice: replace the studio version with the files. */
export const takeShippedCourseAction = formAction({
  access: AUTHORS,
  schema: courseIdSchema,
  run: async ({ courseId }) => {
    const result = await takeShippedCourse(courseId);
    if (!result.ok) return result;
    revalidatePath(courseEditor(courseId));
    revalidatePath("/studio");
    revalidateLearnerPages();
    return { ok: true, message: `“${result.title}” now follows its shipped files.` };
  },
});

export const addCoauthorAction = formAction({
  access: AUTHORS,
  schema: coauthorSchema,
  run: async (input) => {
    const result = await addCoauthor(input);
    if (!result.ok) return result;
    revalidatePath(courseEditor(input.courseId));
    return { ok: true, message: `${result.name} can now edit this course.` };
  },
});

/** The question editor's save; a changed item becomes a new version. */
export const saveQuestionAction = formAction({
  access: AUTHORS,
  schema: saveQuestionSchema,
  run: async (input) => {
    const result = await saveQuestion(input);
    if (!result.ok) return result;
    revalidatePath("/studio/questions");
    // A module quiz's questions show on the cached course outline.
    revalidateLearnerPages();
    const advice = result.lint.length ? ` Item-writing advice: ${result.lint.map((f) => f.message).join(" ")}` : "";
    return { ok: true, message: `${result.versioned ? "Saved as a new version." : "No change to what learners see; saved."}${advice}`, data: { questionId: result.questionId } };
  },
});

/** Preview, then import, a JSON bank export or a Moodle GIFT file. */
export const importQuestionsAction = formAction({
  access: AUTHORS,
  schema: importQuestionsSchema,
  run: async (input) => {
    const result = await importQuestionFile(input);
    if (!result.ok) return result;
    const { counts, imported, skipped } = result.report;
    if (imported) {
      revalidatePath("/studio/questions");
      revalidateLearnerPages();
    }
    const verb = imported ? "Imported" : "Ready to import";
    const skips = skipped.length ? `; ${skipped.length} skipped` : "";
    return { ok: true, message: `${verb}: ${counts.created} new, ${counts.versioned} changed, ${counts.unchanged} unchanged${skips}.`, data: result.report };
  },
});
