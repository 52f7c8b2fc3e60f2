import "server-only";
import { db } from "@/lib/db";
import { requireViewer } from "@/lib/data/viewer";

/** The organisation a join link leads to, while the link works; null for an unknown, expired or revoked one. */
export async function getInviteLink(token: string, now = new Date()): Promise<{ organisation: string; expiresAt: Date } | null> {
  await requireViewer();
  const link = await db.inviteLink.findFirst({
    where: { token, revokedAt: null, expiresAt: { gt: now } },
    select: { expiresAt: true, organisation: { select: { name: true } } },
  });
  return link && { organisation: link.organisation.name, expiresAt: link.expiresAt };
}
