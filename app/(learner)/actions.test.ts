import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "@/test/session";
import { expectInterrupt, form, signInAs, testDb, TO_SIGN_IN } from "@/test/helpers";
import { listMyCourses } from "@/lib/data/progress/list-my-courses";
import { enrolAction, setLessonCompletedAction } from "./actions";

const idle = { status: "idle" } as const;
let course: { id: string; slug: string };
let lessons: { id: string; slug: string }[];

beforeAll(async () => {
  course = await testDb.course.findUniqueOrThrow({ where: { slug: "process-manager-foundations" }, select: { id: true, slug: true } });
  lessons = await testDb.lesson.findMany({
    where: { courseId: course.id },
    orderBy: [{ module: { order: "asc" } }, { order: "asc" }],
    select: { id: true, slug: true },
  });
});

describe("enrolAction", () => {
  it("enrols the learner and takes them to the first lesson", async () => {
    const me = await signInAs("learner");
    await expectInterrupt(enrolAction(idle, form({ courseId: course.id })), new RegExp(`NEXT_REDIRECT;.*/learn/${course.slug}/${lessons[0]!.slug}`));
    expect(await testDb.enrollment.count({ where: { userId: me.id, courseId: course.id } })).toBe(1);
    // Enrolling again changes nothing.
    await expectInterrupt(enrolAction(idle, form({ courseId: course.id })), /NEXT_REDIRECT/);
    expect(await testDb.enrollment.count({ where: { userId: me.id } })).toBe(1);
  });

  it("refuses an unknown or malformed course with a message, writing nothing", async () => {
    const me = await signInAs("learner");
    expect((await enrolAction(idle, form({ courseId: "nope" }))).fieldErrors?.courseId).toBe("That course does not exist.");
    expect((await enrolAction(idle, form({}))).fieldErrors?.courseId).toBe("Missing course.");
    expect((await enrolAction(idle, form({ courseId: "c".repeat(500) }))).fieldErrors?.courseId).toBe("Unknown course.");
    expect(await testDb.enrollment.count({ where: { userId: me.id } })).toBe(0);
  });

  it("sends an anonymous visitor to sign in", async () => {
    actAs(null);
    const before = await testDb.enrollment.count();
    await expectInterrupt(enrolAction(idle, form({ courseId: course.id })), TO_SIGN_IN);
    expect(await testDb.enrollment.count()).toBe(before);
  });
});

describe("setLessonCompletedAction", () => {
  it("marks lessons complete, shows progress and the next lesson, and can undo", async () => {
    const me = await signInAs("learner");
    for (const lesson of lessons.slice(0, 2)) {
      expect(await setLessonCompletedAction(idle, form({ lessonId: lesson.id, completed: "true" }))).toMatchObject({ status: "success" });
    }
    let [mine] = await listMyCourses();
    expect(mine).toMatchObject({ slug: course.slug, completedLessons: 2, totalLessons: lessons.length, next: { slug: lessons[2]!.slug } });

    await setLessonCompletedAction(idle, form({ lessonId: lessons[0]!.id, completed: "false" }));
    [mine] = await listMyCourses();
    expect(mine).toMatchObject({ completedLessons: 1, next: { slug: lessons[0]!.slug } });
    expect(await testDb.lessonCompletion.count({ where: { userId: me.id } })).toBe(1);
  });

  it("is idempotent when the same lesson is completed twice", async () => {
    const me = await signInAs("learner");
    await setLessonCompletedAction(idle, form({ lessonId: lessons[3]!.id, completed: "true" }));
    await setLessonCompletedAction(idle, form({ lessonId: lessons[3]!.id, completed: "true" }));
    expect(await testDb.lessonCompletion.count({ where: { userId: me.id } })).toBe(1);
  });

  it.each([
    [{ lessonId: "no-such-lesson", completed: "true" }, "lessonId", "That lesson does not exist."],
    [{ completed: "true" }, "lessonId", "Missing lesson."],
    [{ lessonId: "FIRST", completed: "maybe" }, "completed", "Say whether the lesson is complete."],
  ] as [Record<string, string>, string, string][])("refuses bad input %#, writing nothing", async (values, field, message) => {
    const me = await signInAs("learner");
    const state = await setLessonCompletedAction(idle, form({ ...values, ...(values.lessonId === "FIRST" ? { lessonId: lessons[0]!.id } : {}) }));
    expect(state.fieldErrors?.[field as "lessonId"]).toBe(message);
    expect(await testDb.lessonCompletion.count({ where: { userId: me.id } })).toBe(0);
    expect(await testDb.enrollment.count({ where: { userId: me.id } })).toBe(0);
  });

  it("keeps each learner's progress to themselves", async () => {
    await signInAs("learner");
    await setLessonCompletedAction(idle, form({ lessonId: lessons[0]!.id, completed: "true" }));
    await signInAs("learner");
    expect(await listMyCourses()).toEqual([]);
  });
});
