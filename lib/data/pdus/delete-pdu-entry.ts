import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireViewer } from "@/lib/data/viewer";

export async function deletePduEntry(id: string): Promise<Result<object, "id">> {
  const viewer = await requireViewer();
  const removed = await db.pduEntry.deleteMany({ where: { id, userId: viewer.id } });
  return removed.count ? { ok: true } : fail("That entry does not exist.", "id");
}
