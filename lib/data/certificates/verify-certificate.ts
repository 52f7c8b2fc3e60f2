import "server-only";
import { normaliseCode } from "@/lib/certificates/code";
import { db } from "@/lib/db";

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
