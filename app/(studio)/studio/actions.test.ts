import { describe, expect, it } from "vitest";
import { createUser, expectInterrupt, FORBIDDEN, form, signInAs, testDb } from "@/test/helpers";
import { actAs } from "@/test/session";
import { getCourseOutline } from "@/lib/data/catalog/get-course-outline";
import { getLesson } from "@/lib/data/catalog/get-lesson";
import { getStudioCourse } from "@/lib/data/studio/get-studio-course";
import { listStudioCourses } from "@/lib/data/studio/list-studio-courses";
import { CONTENT_ROOT, loadContent } from "@/lib/content/load";
import { importContent } from "@/prisma/import-content";
import {
  addCoauthorAction,
  addLessonAction,
  addModuleAction,
  deleteOutlineItemAction,
  dismissShippedConflictAction,
  moveAction,
  publishCourseAction,
  saveCourseAction,
  saveLessonDraftAction,
  takeShippedCourseAction,
  unpublishCourseAction,
} from "./actions";

const idle = { status: "idle" } as const;
const prose = (words: number, word = "kaizen") => Array.from({ length: words }, () => word).join(" ");

async function redirectTarget(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(() => null, (e: unknown) => e)) as { digest?: string } | null;
  const match = /NEXT_REDIRECT;[^;]*;([^;]+);/.exec(error?.digest ?? "");
  expect(match, `expected a redirect, got ${error?.digest}`).not.toBeNull();
  return match![1]!;
}

/** An instructor's new draft course with one module and one lesson, made through the actions. */
async function draftCourse() {
  const track = await testDb.track.findFirstOrThrow({ select: { id: true } });
  const path = await redirectTarget(saveCourseAction(idle, form({ title: "Flow in Clinics", summary: "Lean flow for outpatient clinics.", level: "Intermediate", trackId: track.id, description: "" })));
  const courseId = path.split("/").pop()!;
  expect(await addModuleAction(idle, form({ courseId, title: "Waiting rooms", summary: "Where the time goes." }))).toMatchObject({ status: "success" });
  const mod = await testDb.module.findFirstOrThrow({ where: { courseId }, select: { id: true } });
  const lessonPath = await redirectTarget(addLessonAction(idle, form({ moduleId: mod.id, title: "Mapping a patient's day" })));
  return { courseId, moduleId: mod.id, lessonId: lessonPath.split("/").pop()! };
}

const lessonForm = (lessonId: string, body: string, title = "Mapping a patient's day") => form({ lessonId, title, minutes: "12", objectives: "Map a patient's day\nFind the waits", body });

describe("authoring a course in the studio", () => {
  it("creates a draft only its authors see, refuses to publish it with every reason, then publishes it for learners", async () => {
    const owner = await signInAs("instructor");
    const { courseId, moduleId, lessonId } = await draftCourse();
    const row = await testDb.course.findUniqueOrThrow({ where: { id: courseId }, select: { published: true, slug: true, authors: { select: { userId: true, owner: true } } } });
    expect(row).toMatchObject({ published: false, slug: "flow-in-clinics", authors: [{ userId: owner.id, owner: true }] });
    expect(await getCourseOutline(row.slug)).toBeNull();

    expect(await saveLessonDraftAction(idle, lessonForm(lessonId, prose(120)))).toMatchObject({ status: "success" });
    const refused = await publishCourseAction(idle, form({ courseId }));
    expect(refused.status).toBe("error");
    expect(refused.message).toContain("Lesson “Mapping a patient's day” in “Waiting rooms” has 120 words; a lesson needs at least 400.");
    expect(refused.message).toContain("Module “Waiting rooms” has no quiz: add at least one question to it.");
    expect(await testDb.course.findUniqueOrThrow({ where: { id: courseId }, select: { published: true } })).toEqual({ published: false });

    const question = await testDb.question.findFirstOrThrow({ where: { moduleId: { not: null } }, select: { id: true } });
    await testDb.question.update({ where: { id: question.id }, data: { moduleId } });
    await saveLessonDraftAction(idle, lessonForm(lessonId, `## Worked example\n\n${prose(420)}`));
    expect(await publishCourseAction(idle, form({ courseId }))).toMatchObject({ status: "success", message: "“Flow in Clinics” is published: learners see it now." });

    await signInAs("learner");
    const outline = await getCourseOutline(row.slug);
    expect(outline?.modules.map((m) => m.lessons.map((l) => l.title))).toEqual([["Mapping a patient's day"]]);
    expect((await getLesson(courseId, "mapping-a-patient-s-day"))?.body).toContain("## Worked example");
  });

  it("keeps learners on the published text while an edit waits as a draft, and unpublishing keeps their progress and notes", async () => {
    await signInAs("admin");
    const course = await testDb.course.findFirstOrThrow({ where: { published: true }, select: { id: true, slug: true, lessons: { take: 1, orderBy: { order: "asc" }, select: { id: true, slug: true, body: true } } } });
    const lesson = course.lessons[0]!;
    expect(await saveLessonDraftAction(idle, lessonForm(lesson.id, `A rewrite. ${prose(400)}`, "Rewritten"))).toMatchObject({ status: "success" });

    const learner = await signInAs("learner");
    expect((await getLesson(course.id, lesson.slug))?.body).toBe(lesson.body);
    await testDb.lessonCompletion.create({ data: { userId: learner.id, lessonId: lesson.id } });
    await testDb.lessonNote.create({ data: { userId: learner.id, lessonId: lesson.id, body: "My note" } });

    await signInAs("admin");
    expect((await getStudioCourse(course.id))?.unpublishedChanges).toBe(true);
    expect(await unpublishCourseAction(idle, form({ courseId: course.id }))).toMatchObject({ status: "success" });
    actAs(learner);
    expect(await getCourseOutline(course.slug)).toBeNull();
    expect(await testDb.lessonCompletion.count({ where: { userId: learner.id, lessonId: lesson.id } })).toBe(1);
    expect(await testDb.lessonNote.count({ where: { userId: learner.id, lessonId: lesson.id } })).toBe(1);

    await signInAs("admin");
    expect(await publishCourseAction(idle, form({ courseId: course.id }))).toMatchObject({ status: "success" });
    actAs(learner);
    expect((await getLesson(course.id, lesson.slug))?.body).toMatch(/^A rewrite\./);
  });

  it("reorders lessons and modules, keeping their places contiguous", async () => {
    await signInAs("instructor");
    const { courseId, moduleId, lessonId } = await draftCourse();
    const second = (await redirectTarget(addLessonAction(idle, form({ moduleId, title: "Second" })))).split("/").pop()!;
    expect(await moveAction({ kind: "lesson", id: second, to: 0 })).toMatchObject({ status: "success" });
    const lessons = await testDb.lesson.findMany({ where: { moduleId }, orderBy: { order: "asc" }, select: { id: true, order: true } });
    expect(lessons).toEqual([{ id: second, order: 1 }, { id: lessonId, order: 2 }]);
    await addModuleAction(idle, form({ courseId, title: "Later", summary: "Then." }));
    const later = await testDb.module.findFirstOrThrow({ where: { courseId, title: "Later" }, select: { id: true } });
    await moveAction({ kind: "module", id: later.id, to: 0 });
    expect((await testDb.module.findMany({ where: { courseId }, orderBy: { order: "asc" }, select: { title: true } })).map((m) => m.title)).toEqual(["Later", "Waiting rooms"]);
  });

  it("keeps a studio edit of a shipped course when the files are imported again, and marks the conflict", async () => {
    await signInAs("admin");
    const course = await testDb.course.findFirstOrThrow({ where: { slug: "lean-fundamentals" }, select: { id: true, title: true, summary: true, level: true, trackId: true } });
    await saveCourseAction(idle, form({ courseId: course.id, title: "Lean, edited in the studio", summary: course.summary, level: course.level, trackId: course.trackId, description: "" }));
    const targets = new Map((await testDb.certificationTarget.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));
    const tracks = loadContent(CONTENT_ROOT);
    await importContent(testDb, tracks, targets);
    expect(await testDb.course.findUniqueOrThrow({ where: { id: course.id }, select: { title: true, shippedConflictAt: true } })).toEqual({ title: "Lean, edited in the studio", shippedConflictAt: null });
    const lean = tracks.flatMap((t) => t.courses).find((c) => c.slug === "lean-fundamentals")!;
    lean.summary = "The shipped files changed.";
    const result = await importContent(testDb, tracks, targets);
    expect(result.kept).toBeGreaterThanOrEqual(1);
    const after = await testDb.course.findUniqueOrThrow({ where: { id: course.id }, select: { title: true, summary: true, shippedConflictAt: true } });
    expect(after).toMatchObject({ title: "Lean, edited in the studio", summary: course.summary, shippedConflictAt: expect.any(Date) });
  });
});

describe("who may edit what", () => {
  it("lets no other instructor read or change a course they do not author, until its owner adds them", async () => {
    const owner = await signInAs("instructor");
    const { courseId, moduleId, lessonId } = await draftCourse();
    const before = await testDb.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { draft: true, order: true } });

    const other = await signInAs("instructor");
    expect(await getStudioCourse(courseId)).toBeNull();
    expect((await listStudioCourses()).map((c) => c.id)).not.toContain(courseId);
    for (const state of [
      await saveLessonDraftAction(idle, lessonForm(lessonId, prose(500))),
      await addModuleAction(idle, form({ courseId, title: "Mine now", summary: "No." })),
      await addLessonAction(idle, form({ moduleId, title: "Mine now" })),
      await moveAction({ kind: "lesson", id: lessonId, to: 3 }),
      await publishCourseAction(idle, form({ courseId })),
      await addCoauthorAction(idle, form({ courseId, email: other.email })),
    ]) {
      expect(state.status).toBe("error");
    }
    expect(await testDb.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { draft: true, order: true } })).toEqual(before);
    expect(await testDb.module.count({ where: { courseId } })).toBe(1);

    actAs(owner);
    expect(await addCoauthorAction(idle, form({ courseId, email: other.email }))).toMatchObject({ status: "success" });
    actAs(other);
    expect(await saveLessonDraftAction(idle, lessonForm(lessonId, prose(500)))).toMatchObject({ status: "success" });
    // A co-author edits but does not manage authors.
    const third = await signInAs("instructor");
    actAs(other);
    expect(await addCoauthorAction(idle, form({ courseId, email: third.email }))).toMatchObject({ status: "error", fieldErrors: { email: "Only the course's owner can add co-authors." } });
  });

  it("refuses learners and HR at the door, and lets admins edit every course", async () => {
    const owner = await signInAs("instructor");
    const { courseId } = await draftCourse();
    for (const role of ["learner", "hr"] as const) {
      await signInAs(role);
      await expectInterrupt(getStudioCourse(courseId), FORBIDDEN);
      await expectInterrupt(publishCourseAction(idle, form({ courseId })), FORBIDDEN);
    }
    await signInAs("admin");
    expect((await getStudioCourse(courseId))?.authors.map((a) => a.user.id)).toEqual([owner.id]);
  });

  it("refuses a co-author who is not an instructor, with the reason beside the field", async () => {
    await signInAs("instructor");
    const { courseId } = await draftCourse();
    const learner = await testDb.user.create({ data: { name: "L", email: `l-${Date.now()}@test.example`, role: "learner" }, select: { email: true } });
    expect(await addCoauthorAction(idle, form({ courseId, email: learner.email }))).toMatchObject({ status: "error", fieldErrors: { email: "No instructor has that email address." } });
    expect(await addCoauthorAction(idle, form({ courseId, email: "not-an-email" }))).toMatchObject({ status: "error", fieldErrors: { email: "Enter a valid email address." } });
  });
});

describe("deleting from a course's outline", () => {
  it("deletes a lesson and a module learners never saw; the module's quiz questions stay in the bank", async () => {
    await signInAs("instructor");
    const { courseId, moduleId, lessonId } = await draftCourse();
    const second = (await redirectTarget(addLessonAction(idle, form({ moduleId, title: "Second" })))).split("/").pop()!;
    expect(await deleteOutlineItemAction(idle, form({ kind: "lesson", id: lessonId }))).toMatchObject({ status: "success", message: "“Mapping a patient's day” deleted." });
    expect(await testDb.lesson.findMany({ where: { moduleId }, select: { id: true } })).toEqual([{ id: second }]);

    const question = await testDb.question.findFirstOrThrow({ where: { moduleId: { not: null } }, select: { id: true } });
    await testDb.question.update({ where: { id: question.id }, data: { moduleId } });
    expect(await deleteOutlineItemAction(idle, form({ kind: "module", id: moduleId }))).toMatchObject({ status: "success" });
    expect(await testDb.module.count({ where: { courseId } })).toBe(0);
    expect(await testDb.lesson.count({ where: { id: second } })).toBe(0);
    expect(await testDb.question.findUniqueOrThrow({ where: { id: question.id }, select: { moduleId: true, retired: true } })).toEqual({ moduleId: null, retired: false });
  });

  it("refuses, with the reason, to delete a lesson or module that learners have records on, and keeps their history", async () => {
    const admin = await signInAs("admin");
    const course = await testDb.course.findFirstOrThrow({
      where: { published: true },
      select: { id: true, modules: { take: 1, orderBy: { order: "asc" }, select: { id: true, title: true, lessons: { take: 2, orderBy: { order: "asc" }, select: { id: true, title: true } } } } },
    });
    const mod = course.modules[0]!;
    const [read, unread] = mod.lessons;
    const learner = await signInAs("learner");
    await testDb.lessonCompletion.create({ data: { userId: learner.id, lessonId: read!.id } });
    await testDb.lessonNote.create({ data: { userId: learner.id, lessonId: read!.id, body: "Mine" } });

    actAs(admin);
    const refused = await deleteOutlineItemAction(idle, form({ kind: "lesson", id: read!.id }));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { id: expect.stringContaining(`Lesson “${read!.title}” cannot be deleted: learners have 1 completion, 1 note on it`) } });
    expect(await deleteOutlineItemAction(idle, form({ kind: "module", id: mod.id }))).toMatchObject({ status: "error", message: expect.stringContaining(`Module “${mod.title}” cannot be deleted`) });
    expect(await testDb.lesson.count({ where: { id: read!.id } })).toBe(1);
    expect(await testDb.lessonNote.count({ where: { userId: learner.id, lessonId: read!.id } })).toBe(1);

    // A quiz attempt on the module holds it too, even with no lesson records.
    await testDb.lessonCompletion.deleteMany({ where: { userId: learner.id } });
    await testDb.lessonNote.deleteMany({ where: { userId: learner.id } });
    await testDb.attempt.create({ data: { userId: learner.id, mode: "quiz", moduleId: mod.id } });
    expect(await deleteOutlineItemAction(idle, form({ kind: "module", id: mod.id }))).toMatchObject({ status: "error", message: expect.stringContaining("1 quiz attempt") });
    expect(await testDb.module.count({ where: { id: mod.id } })).toBe(1);
    // A published lesson nobody has a record on goes.
    expect(await deleteOutlineItemAction(idle, form({ kind: "lesson", id: unread!.id }))).toMatchObject({ status: "success" });
  });

  it("lets only the course's authors and admins delete: not another instructor, a learner or HR", async () => {
    const owner = await signInAs("instructor");
    const { courseId, moduleId, lessonId } = await draftCourse();
    await signInAs("instructor");
    expect(await deleteOutlineItemAction(idle, form({ kind: "lesson", id: lessonId }))).toMatchObject({ status: "error", fieldErrors: { id: "That item does not exist, or you are not one of its course's authors." } });
    expect(await deleteOutlineItemAction(idle, form({ kind: "module", id: moduleId }))).toMatchObject({ status: "error" });
    for (const role of ["learner", "hr"] as const) {
      await signInAs(role);
      await expectInterrupt(deleteOutlineItemAction(idle, form({ kind: "lesson", id: lessonId })), FORBIDDEN);
    }
    expect(await testDb.lesson.count({ where: { id: lessonId } })).toBe(1);

    const coauthor = await signInAs("instructor");
    actAs(owner);
    await addCoauthorAction(idle, form({ courseId, email: coauthor.email }));
    actAs(coauthor);
    expect(await deleteOutlineItemAction(idle, form({ kind: "lesson", id: lessonId }))).toMatchObject({ status: "success" });
    await signInAs("admin");
    expect(await deleteOutlineItemAction(idle, form({ kind: "module", id: moduleId }))).toMatchObject({ status: "success" });
    expect(await testDb.module.count({ where: { courseId } })).toBe(0);
  });
});

describe("resolving a conflict with the shipped files", () => {
  /** Lean Fundamentals edited in the studio, then its shipped files changed (in memory) and imported: the notice is up. */
  async function conflicted() {
    const admin = await signInAs("admin");
    const course = await testDb.course.findFirstOrThrow({
      where: { slug: "lean-fundamentals" },
      select: { id: true, title: true, summary: true, level: true, trackId: true, lessons: { take: 1, orderBy: { order: "asc" }, select: { id: true, slug: true } } },
    });
    await saveCourseAction(idle, form({ courseId: course.id, title: "Lean, edited in the studio", summary: course.summary, level: course.level, trackId: course.trackId, description: "" }));
    const targets = new Map((await testDb.certificationTarget.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));
    const tracks = loadContent(CONTENT_ROOT);
    const changed = () => {
      const copy = structuredClone(tracks);
      copy.flatMap((t) => t.courses).find((c) => c.slug === "lean-fundamentals")!.summary = "The shipped files changed.";
      return copy;
    };
    await importContent(testDb, changed(), targets);
    expect(await conflictAt(course.id)).toEqual(expect.any(Date));
    return { admin, course, lesson: course.lessons[0]!, reimport: () => importContent(testDb, changed(), targets), changeAgain: (summary: string) => {
      const copy = changed();
      copy.flatMap((t) => t.courses).find((c) => c.slug === "lean-fundamentals")!.summary = summary;
      return importContent(testDb, copy, targets);
    } };
  }
  const conflictAt = async (id: string) => (await testDb.course.findUniqueOrThrow({ where: { id }, select: { shippedConflictAt: true } })).shippedConflictAt;

  it("dismisses it, keeping the studio version: the same files imported again stay quiet, a further change raises it again", async () => {
    const { course, reimport, changeAgain } = await conflicted();
    expect(await dismissShippedConflictAction(idle, form({ courseId: course.id }))).toMatchObject({ status: "success", message: "Kept the studio version." });
    expect(await conflictAt(course.id)).toBeNull();
    await reimport();
    expect(await testDb.course.findUniqueOrThrow({ where: { id: course.id }, select: { title: true, shippedConflictAt: true } })).toEqual({ title: "Lean, edited in the studio", shippedConflictAt: null });
    await changeAgain("Changed once more.");
    expect(await conflictAt(course.id)).toEqual(expect.any(Date));
  });

  it("takes the shipped version: details and lessons from the files, drafts dropped, learners' records kept, and the course follows the files again", async () => {
    const { course, lesson } = await conflicted();
    await saveLessonDraftAction(idle, lessonForm(lesson.id, `A studio rewrite. ${prose(420)}`, "Rewritten"));
    const learner = await createUser("learner");
    await testDb.lessonCompletion.create({ data: { userId: learner.id, lessonId: lesson.id } });

    expect(await takeShippedCourseAction(idle, form({ courseId: course.id }))).toMatchObject({ status: "success" });
    const after = await testDb.course.findUniqueOrThrow({ where: { id: course.id }, select: { title: true, studioEditedAt: true, shippedConflictAt: true } });
    const shipped = loadContent(CONTENT_ROOT).flatMap((t) => t.courses).find((c) => c.slug === "lean-fundamentals")!;
    expect(after).toEqual({ title: shipped.title, studioEditedAt: null, shippedConflictAt: null });
    expect(await testDb.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { body: true, draft: true } })).toEqual({ body: shipped.modules.flatMap((m) => m.lessons).find((l) => l.slug === lesson.slug)!.body, draft: null });
    expect(await testDb.lessonCompletion.count({ where: { userId: learner.id, lessonId: lesson.id } })).toBe(1);
  });

  it("refuses to take the files while learners have records on a lesson only the studio has, and changes nothing", async () => {
    const { course } = await conflicted();
    const mod = await testDb.module.findFirstOrThrow({ where: { courseId: course.id }, select: { id: true } });
    const added = (await redirectTarget(addLessonAction(idle, form({ moduleId: mod.id, title: "Studio only" })))).split("/").pop()!;
    const learner = await createUser("learner");
    await testDb.lessonNote.create({ data: { userId: learner.id, lessonId: added, body: "Mine" } });

    const refused = await takeShippedCourseAction(idle, form({ courseId: course.id }));
    expect(refused).toMatchObject({ status: "error", fieldErrors: { courseId: expect.stringContaining("learners have 1 note on them") } });
    expect(await testDb.lesson.count({ where: { id: added } })).toBe(1);
    expect(await testDb.course.findUniqueOrThrow({ where: { id: course.id }, select: { title: true } })).toEqual({ title: "Lean, edited in the studio" });
  });

  it("lets no other instructor, learner or HR dismiss it or take the files", async () => {
    const { course } = await conflicted();
    await signInAs("instructor");
    for (const action of [dismissShippedConflictAction, takeShippedCourseAction]) {
      expect(await action(idle, form({ courseId: course.id }))).toMatchObject({ status: "error", fieldErrors: { courseId: "That course does not exist, or you are not one of its authors." } });
    }
    for (const role of ["learner", "hr"] as const) {
      await signInAs(role);
      await expectInterrupt(dismissShippedConflictAction(idle, form({ courseId: course.id })), FORBIDDEN);
      await expectInterrupt(takeShippedCourseAction(idle, form({ courseId: course.id })), FORBIDDEN);
    }
    expect(await conflictAt(course.id)).toEqual(expect.any(Date));
  });
});
