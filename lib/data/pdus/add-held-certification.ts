import "server-only";
import { db } from "@/lib/db";
import { findTarget } from "@/lib/data/targets/list-targets";
import { fail, type Result } from "@/lib/data/result";
import { requireViewer } from "@/lib/data/viewer";

/** Starts (or moves) the viewer's renewal cycle for a certification that renews by PDUs. */
export async function addHeldCertification(input: { targetCode: string; earnedOn: Date }): Promise<Result<object, "targetCode" | "earnedOn">> {
  const viewer = await requireViewer();
  const target = await findTarget(input.targetCode);
  if (!target) return fail("Choose a certification.", "targetCode");
  if (!target.renewalRule) return fail(`${target.code} has no PDU renewal cycle here.`, "targetCode");
  await db.heldCertification.upsert({
    where: { userId_targetId: { userId: viewer.id, targetId: target.id } },
    create: { userId: viewer.id, targetId: target.id, earnedOn: input.earnedOn },
    update: { earnedOn: input.earnedOn },
  });
  return { ok: true };
}
