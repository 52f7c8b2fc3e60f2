import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "@/lib/validation/audit";
import { requireRole } from "../viewer";

export const AUDIT_PAGE_SIZE = 50;

const DAY_MS = 86_400_000;

export type AuditRow = {
  id: string;
  at: Date;
  action: string;
  actorEmail: string | null;
  subjectType: string | null;
  subjectId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
};

function parseDetail(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The audit trail for admins: newest first, filtered, a page at a time. Dates are whole UTC days, both ends included. */
export async function listAuditEvents(filter: AuditFilter): Promise<{ events: AuditRow[]; total: number; page: number; pages: number }> {
  await requireRole("admin");
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: new Date(filter.to.getTime() + DAY_MS) } : {}) } }
      : {}),
  };
  const total = await db.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pages);
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: { id: true, at: true, action: true, actorEmail: true, subjectType: true, subjectId: true, detail: true, ip: true },
  });
  return { events: rows.map((r) => ({ ...r, detail: parseDetail(r.detail) })), total, page, pages };
}
