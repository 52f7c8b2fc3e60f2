// Writes the content tree into the database. Keyed by slug, so importing again
// updates rows in place; modules and lessons no longer in the tree are removed.
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { TrackContent } from "../lib/content/load";

/** `targetIds` maps each target code the courses name to its row (see import-targets.ts). */
export async function importContent(db: PrismaClient, tracks: TrackContent[], targetIds: Map<string, string>): Promise<{ courses: number; lessons: number }> {
  let lessonCount = 0;
  let courseCount = 0;

  for (const track of tracks) {
    const trackRow = await db.track.upsert({
      where: { slug: track.slug },
      create: { slug: track.slug, title: track.title, summary: track.summary, order: track.order, pduCategory: track.pduCategory },
      update: { title: track.title, summary: track.summary, order: track.order, pduCategory: track.pduCategory },
      select: { id: true },
    });
    for (const course of track.courses) {
      courseCount++;
      await db.$transaction(async (tx) => {
        const data = { trackId: trackRow.id, title: course.title, summary: course.summary, description: course.description, level: course.level, order: course.order };
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
            create: { courseId: courseRow.id, slug: mod.slug, ...moduleData },
            update: moduleData,
            select: { id: true },
          });
          keepModules.push(moduleRow.id);
          for (const lesson of mod.lessons) {
            lessonCount++;
            const lessonData = {
              moduleId: moduleRow.id,
              title: lesson.title,
              minutes: lesson.minutes,
              objectives: lesson.objectives.join("\n"),
              body: lesson.body,
              wordCount: lesson.wordCount,
              order: lesson.order,
            };
            const lessonRow = await tx.lesson.upsert({
              where: { courseId_slug: { courseId: courseRow.id, slug: lesson.slug } },
              create: { courseId: courseRow.id, slug: lesson.slug, ...lessonData },
              update: lessonData,
              select: { id: true },
            });
            keepLessons.push(lessonRow.id);
          }
        }
        await tx.lesson.deleteMany({ where: { courseId: courseRow.id, id: { notIn: keepLessons } } });
        await tx.module.deleteMany({ where: { courseId: courseRow.id, id: { notIn: keepModules } } });
      });
    }
  }
  return { courses: courseCount, lessons: lessonCount };
}
