// Writes the content tree into the database. Keyed by slug, so importing again
// updates rows in place; modules and lessons no longer in the tree are removed.
// A course edited in the studio is the studio's from then on: the import leaves
// it alone and, when its shipped files changed since, marks the conflict for
// the studio to show (Course.shippedConflictAt). The files' hash is stored
// with it, so the same files raise it once: the author dismisses it or takes
// the files (lib/data/studio/resolve-shipped-conflict.ts).
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import type { CourseContent, TrackContent } from "../lib/content/load";

/** What an import compares to notice that a course's shipped files changed. */
export const shippedHashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** `targetIds` maps each target code the courses name to its row (see import-targets.ts). */
export async function importContent(db: PrismaClient, tracks: TrackContent[], targetIds: Map<string, string>): Promise<{ courses: number; lessons: number; kept: number }> {
  let lessonCount = 0;
  let courseCount = 0;
  let kept = 0;
  const now = new Date();

  for (const track of tracks) {
    const trackRow = await db.track.upsert({
      where: { slug: track.slug },
      create: { slug: track.slug, title: track.title, summary: track.summary, order: track.order, pduCategory: track.pduCategory },
      update: { title: track.title, summary: track.summary, order: track.order, pduCategory: track.pduCategory },
      select: { id: true },
    });
    for (const course of track.courses) {
      courseCount++;
      const shippedHash = shippedHashOf(course);
      const edited = await db.course.findUnique({ where: { slug: course.slug }, select: { id: true, studioEditedAt: true, shippedHash: true } });
      if (edited?.studioEditedAt) {
        kept++;
        if (edited.shippedHash !== shippedHash) {
          await db.course.update({ where: { id: edited.id }, data: { shippedHash, shippedConflictAt: now } });
        }
        continue;
      }
      lessonCount += course.modules.reduce((n, m) => n + m.lessons.length, 0);
      await db.$transaction((tx) => applyShippedCourse(tx, course, trackRow.id, targetIds, now));
    }
  }
  return { courses: courseCount, lessons: lessonCount, kept };
}

/**
 * Writes one course as its files have it, in place by slug: modules and
 * lessons keep their ids (and learners' records on them), those no longer in
 * the files are removed, pending studio drafts are dropped, and what the
 * files hold goes live. The studio's "take the shipped version" runs it too.
 */
export async function applyShippedCourse(tx: Prisma.TransactionClient, course: CourseContent, trackId: string, targetIds: Map<string, string>, now: Date): Promise<string> {
  const data = { trackId, title: course.title, summary: course.summary, description: course.description, level: course.level, order: course.order, shippedHash: shippedHashOf(course) };
  const courseRow = await tx.course.upsert({ where: { slug: course.slug }, create: { slug: course.slug, ...data }, update: data, select: { id: true } });
  await tx.courseCertification.deleteMany({ where: { courseId: courseRow.id } });
  await tx.courseCertification.createMany({
    data: course.certifications.map((c) => ({
      courseId: courseRow.id,
      targetId: targetIds.get(c.target)!,
      domains: c.domains.join(","),
      educationHours: c.educationHours,
    })),
  });
  const keepModules: string[] = [];
  const keepLessons: string[] = [];
  for (const mod of course.modules) {
    const moduleData = { title: mod.title, summary: mod.summary, order: mod.order };
    const moduleRow = await tx.module.upsert({
      where: { courseId_slug: { courseId: courseRow.id, slug: mod.slug } },
      create: { courseId: courseRow.id, slug: mod.slug, publishedAt: now, ...moduleData },
      update: moduleData,
      select: { id: true },
    });
    keepModules.push(moduleRow.id);
    for (const lesson of mod.lessons) {
      const lessonData = {
        moduleId: moduleRow.id,
        title: lesson.title,
        minutes: lesson.minutes,
        objectives: lesson.objectives.join("\n"),
        body: lesson.body,
        wordCount: lesson.wordCount,
        order: lesson.order,
        draft: null,
      };
      const lessonRow = await tx.lesson.upsert({
        where: { courseId_slug: { courseId: courseRow.id, slug: lesson.slug } },
        create: { courseId: courseRow.id, slug: lesson.slug, publishedAt: now, ...lessonData },
        update: lessonData,
        select: { id: true },
      });
      keepLessons.push(lessonRow.id);
    }
  }
  await tx.lesson.deleteMany({ where: { courseId: courseRow.id, id: { notIn: keepLessons } } });
  await tx.module.deleteMany({ where: { courseId: courseRow.id, id: { notIn: keepModules } } });
  // A studio module or lesson whose slug the files share was unpublished there; the files publish it.
  await tx.module.updateMany({ where: { id: { in: keepModules }, publishedAt: null }, data: { publishedAt: now } });
  await tx.lesson.updateMany({ where: { id: { in: keepLessons }, publishedAt: null }, data: { publishedAt: now } });
  return courseRow.id;
}
