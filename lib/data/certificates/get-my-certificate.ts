import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";

/** The viewer's own certificate, with what the PDF prints. */
export async function getMyCertificate(id: string) {
  const viewer = await requireViewer();
  return db.certificate.findFirst({
    where: { id, userId: viewer.id },
    select: { code: true, learnerName: true, courseTitle: true, educationHours: true, issuedAt: true },
  });
}
