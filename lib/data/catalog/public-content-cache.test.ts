import { describe, expect, it } from "vitest";
import { createUser, testDb } from "@/test/helpers";
import { actAs } from "@/test/session";
import { getCourseOutline } from "@/lib/data/catalog/get-course-outline";
import { getLesson } from "@/lib/data/catalog/get-lesson";
import { listCatalog } from "@/lib/data/catalog/list-catalog";
import { getCourseProgress } from "@/lib/data/progress/get-course-progress";

// The cached reads are shared by every visitor (test/next-cache.ts keeps them
// as the server does): what the first reader fills must carry nothing of theirs.
describe("published content cached for every visitor", () => {
  it("never gives a second reader the first one's name or progress", async () => {
    const course = await testDb.course.findFirstOrThrow({
      where: { published: true },
      select: { id: true, slug: true, lessons: { where: { publishedAt: { not: null } }, take: 2, orderBy: { order: "asc" }, select: { id: true, slug: true } } },
    });
    const first = await createUser("learner", "Zelda Firstreader");
    await testDb.enrollment.create({ data: { userId: first.id, courseId: course.id } });
    await testDb.lessonCompletion.create({ data: { userId: first.id, lessonId: course.lessons[0]!.id } });

    actAs(first);
    const filled = {
      catalog: await listCatalog(),
      outline: await getCourseOutline(course.slug),
      lesson: await getLesson(course.id, course.lessons[0]!.slug),
    };
    expect(await getCourseProgress(course.id)).toEqual({ enrolled: true, completedLessonIds: [course.lessons[0]!.id] });

    const second = await createUser("learner", "Yusuf Secondreader");
    actAs(second);
    const served = {
      catalog: await listCatalog(),
      outline: await getCourseOutline(course.slug),
      lesson: await getLesson(course.id, course.lessons[0]!.slug),
    };
    expect(served).toEqual(filled);
    const text = JSON.stringify(served);
    for (const trace of [first.id, first.name, first.email, second.id, second.name]) expect(text).not.toContain(trace);
    expect(await getCourseProgress(course.id)).toEqual({ enrolled: false, completedLessonIds: [] });

    actAs(null);
    expect(await getCourseOutline(course.slug)).toEqual(filled.outline);
    expect(await getCourseProgress(course.id)).toEqual({ enrolled: false, completedLessonIds: [] });
  });
});
