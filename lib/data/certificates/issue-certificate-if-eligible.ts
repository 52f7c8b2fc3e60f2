import "server-only";
import { newCertificateCode } from "@/lib/certificates/code";
import { clientAddress } from "@/lib/client-address";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { headers } from "next/headers";
import { recordAudit } from "../audit/record-audit";
import { requireViewer } from "../viewer";
import { PUBLISHED_LESSON, PUBLISHED_MODULE } from "@/lib/data/catalog/published";

export type CertificateView = { id: string; code: string; courseTitle: string; courseSlug: string; educationHours: number; issuedAt: Date };

/**
 * Issues the viewer's certificate for a course once every lesson is complete
 * and the final assessment (the last module's quiz) is passed. Safe to call repeatedly.
 */
export async function issueCertificateIfEligible(courseId: string): Promise<CertificateView | null> {
  const viewer = await requireViewer();
  const course = await db.course.findFirst({
    where: { id: courseId, published: true },
    select: {
      id: true,
      slug: true,
      title: true,
      certifications: { select: { educationHours: true } },
      modules: { where: PUBLISHED_MODULE, orderBy: { order: "desc" }, take: 1, select: { id: true } },
      _count: { select: { lessons: { where: PUBLISHED_LESSON } } },
    },
  });
  const finalModule = course?.modules[0];
  if (!course || !finalModule) return null;
  const [completed, passedFinal, existing] = await Promise.all([
    db.lessonCompletion.count({ where: { userId: viewer.id, lesson: { courseId: course.id, ...PUBLISHED_LESSON } } }),
    db.attempt.count({ where: { userId: viewer.id, mode: "final", moduleId: finalModule.id, status: "submitted", passed: true } }),
    db.certificate.findUnique({ where: { userId_courseId: { userId: viewer.id, courseId: course.id } }, select: { id: true, code: true, educationHours: true, issuedAt: true } }),
  ]);
  if (existing) return { ...existing, courseTitle: course.title, courseSlug: course.slug };
  if (completed < course._count.lessons || passedFinal === 0) return null;
  // Every claim is at most the hours its lessons take (the content check); the largest is the course's contact hours.
  const educationHours = Math.max(0, ...course.certifications.map((c) => c.educationHours));
  const ip = clientAddress(await headers());
  for (let tries = 0; tries < 3; tries++) {
    try {
      const cert = await db.$transaction(async (tx) => {
        const created = await tx.certificate.create({
          data: { code: newCertificateCode(), userId: viewer.id, courseId: course.id, learnerName: viewer.name, courseTitle: course.title, educationHours },
          select: { id: true, code: true, educationHours: true, issuedAt: true },
        });
        await recordAudit(
          {
            action: "certificate.issued",
            actor: viewer,
            subject: { type: "certificate", id: created.id },
            detail: { code: created.code, course: course.slug, learnerName: viewer.name, educationHours },
            ip,
          },
          tx,
        );
        return created;
      });
      return { ...cert, courseTitle: course.title, courseSlug: course.slug };
    } catch (error) {
      // A code collision (50 random bits) or a concurrent issue for the same course.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      const raced = await db.certificate.findUnique({ where: { userId_courseId: { userId: viewer.id, courseId: course.id } }, select: { id: true, code: true, educationHours: true, issuedAt: true } });
      if (raced) return { ...raced, courseTitle: course.title, courseSlug: course.slug };
    }
  }
  throw new Error("Could not issue a unique certificate code");
}
