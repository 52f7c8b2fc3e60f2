import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";
import { CertificateView } from "./issue-certificate-if-eligible";

export async function listMyCertificates(): Promise<CertificateView[]> {
  const viewer = await requireViewer();
  const rows = await db.certificate.findMany({
    where: { userId: viewer.id },
    orderBy: { issuedAt: "desc" },
    select: { id: true, code: true, courseTitle: true, educationHours: true, issuedAt: true, course: { select: { slug: true } } },
  });
  return rows.map(({ course, ...c }) => ({ ...c, courseSlug: course.slug }));
}
