import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/audit-actions";
import { db } from "@/lib/db";

// The list lives in pure code, so the admin filter's schema can name it.
export { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit-actions";

export type AuditEntry = {
  action: AuditAction;
  actor?: { id: string; email: string } | null;
  subject?: { type: string; id: string };
  /** Particulars of the event; never secrets, passwords or answers. */
  detail?: Record<string, string | number | boolean | null>;
  ip?: string | null;
};

/**
 * Appends one event. Pass the transaction client when the event belongs to a
 * change, so the trail and the change commit together.
 */
export async function recordAudit(entry: AuditEntry, client: Prisma.TransactionClient | PrismaClient = db): Promise<void> {
  await client.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      ip: entry.ip ?? null,
    },
  });
}
