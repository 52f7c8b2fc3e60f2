import "server-only";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/data/viewer";
import { targetSelect, toTarget, type Target } from "./list-targets";

export type AdminTarget = Target & { description: string; rulesEditedAt: Date | null };

/** Every target with its rule, read fresh (not from the memo) so the admin sees what was saved. Admins only. */
export async function listTargetsForAdmin(): Promise<AdminTarget[]> {
  await requireRole("admin");
  const rows = await db.certificationTarget.findMany({
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { ...targetSelect, description: true, rulesEditedAt: true },
  });
  return rows.map((row) => ({ ...toTarget(row), description: row.description, rulesEditedAt: row.rulesEditedAt }));
}
