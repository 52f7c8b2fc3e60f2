import "server-only";
import type { PduCategory } from "@/lib/pdu/rules";
import { db } from "@/lib/db";
import { fail, type Result } from "@/lib/data/result";
import { requireViewer } from "@/lib/data/viewer";
import type { PduEntryFields } from "@/lib/validation/dashboard";

export async function addPduEntry(input: { heldId: string; activity: string; date: Date; hours: number; category: PduCategory }): Promise<Result<object, PduEntryFields>> {
  const viewer = await requireViewer();
  const held = await db.heldCertification.findFirst({ where: { id: input.heldId, userId: viewer.id }, select: { id: true, earnedOn: true } });
  if (!held) return fail("Choose one of your certifications.", "heldId");
  if (input.date < held.earnedOn) return fail("The activity is before you earned this certification.", "date");
  await db.pduEntry.create({ data: { userId: viewer.id, heldId: held.id, activity: input.activity, date: input.date, hours: input.hours, category: input.category } });
  return { ok: true };
}
