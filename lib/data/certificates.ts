import "server-only";
import { headers } from "next/headers";
import { Prisma } from "@/lib/generated/prisma/client";
import { newCertificateCode, normaliseCode } from "@/lib/certificates/code";
import { clientAddress } from "@/lib/client-address";
import { db } from "@/lib/db";
import { recordAudit } from "./audit-log";
import { requireViewer } from "./viewer";

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
      modules: { orderBy: { order: "desc" }, take: 1, select: { id: true } },
      _count: { select: { lessons: true } },
    },
  });
  const finalModule = course?.modules[0];
  if (!course || !finalModule) return null;
  const [completed, passedFinal, existing] = await Promise.all([
    db.lessonCompletion.count({ where: { userId: viewer.id, lesson: { courseId: course.id } } }),
    db.attempt.count({ where: { userId: viewer.id, mode: "final", moduleId: finalModule.id, status: "submitted", passed: true } }),
    db.certificate.findUnique({ where: { userId_courseId: { userId: viewer.id, courseId: course.id } }, select: { id: true, code: true, educationHours: true, issuedAt: true } }),
  ]);
  if (existing) return { ...existing, courseTitle: course.title, courseSlug: course.slug };
  if (completed < course._count.lessons || passedFinal === 0) return null;
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

export async function listMyCertificates(): Promise<CertificateView[]> {
  const viewer = await requireViewer();
  const rows = await db.certificate.findMany({
    where: { userId: viewer.id },
    orderBy: { issuedAt: "desc" },
    select: { id: true, code: true, courseTitle: true, educationHours: true, issuedAt: true, course: { select: { slug: true } } },
  });
  return rows.map(({ course, ...c }) => ({ ...c, courseSlug: course.slug }));
}

/** The viewer's own certificate, with what the PDF prints. */
export async function getMyCertificate(id: string) {
  const viewer = await requireViewer();
  return db.certificate.findFirst({
    where: { id, userId: viewer.id },
    select: { code: true, learnerName: true, courseTitle: true, educationHours: true, issuedAt: true },
  });
}

/**
 * Public: whether a code is genuine, and for whom. The holder's name as
 * printed is shown, so a code cannot vouch for whatever name is written on a
 * copy; nothing else about the learner (no email, no id) is.
 */
export async function verifyCertificate(input: string): Promise<{ learnerName: string; courseTitle: string; issuedAt: Date } | null> {
  const code = normaliseCode(input);
  if (!/^[0-9A-Z]{5}-[0-9A-Z]{5}$/.test(code)) return null;
  return db.certificate.findUnique({ where: { code }, select: { learnerName: true, courseTitle: true, issuedAt: true } });
}
