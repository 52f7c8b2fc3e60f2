import "server-only";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireViewer } from "@/lib/data/viewer";

export async function removeTarget(targetCode: string): Promise<Result<object, "targetCode">> {
  const viewer = await requireViewer();
  const removed = await db.learnerTarget.deleteMany({ where: { userId: viewer.id, target: { code: targetCode } } });
  return removed.count ? { ok: true } : fail("That certification is not one of your targets.", "targetCode");
}
