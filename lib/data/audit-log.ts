import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

/** What the audit trail records. Add a new kind here, so the admin filter lists it. */
export const AUDIT_ACTIONS = [
  "auth.sign-in",
  "auth.sign-in-failed",
  "auth.sign-out-everywhere",
  "auth.password-changed",
  "session.revoked",
  "user.role-changed",
  "blueprint.saved",
  "certificate.issued",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
