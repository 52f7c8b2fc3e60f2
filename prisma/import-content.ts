// Writes the content tree into the database. Keyed by slug, so importing again
// updates rows in place; modules and lessons no longer in the tree are removed.
// A course edited in the studio is the studio's from then on: the import leaves
// it alone and, when its shipped files changed since, marks the conflict for
// the studio to show (Course.shippedConflictAt).
import { createHash } from "node:crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { TrackContent } from "../lib/content/load";

const hashOf = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

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
      const shippedHash = hashOf(course);
      const edited = await db.course.findUnique({ where: { slug: course.slug }, select: { id: true, studioEditedAt: true, shippedHash: true } });
      if (edited?.studioEditedAt) {
        kept++;
        if (edited.shippedHash !== shippedHash) {
          await db.course.update({ where: { id: edited.id }, data: { shippedHash, shippedConflictAt: now } });
        }
        continue;
      }
      await db.$transaction(async (tx) => {
        const data = { trackId: trackRow.id, title: course.title, summary: course.summary, description: course.description, level: course.level, order: course.order, shippedHash };
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
              create: { courseId: courseRow.id, slug: lesson.slug, publishedAt: now, ...lessonData },
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
  return { courses: courseCount, lessons: lessonCount, kept };
}
