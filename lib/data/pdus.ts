import "server-only";
import { checkRenewal, RENEWAL_RULES, type PduCategory, type RenewalStatus } from "@/lib/pdu/rules";
import { db } from "@/lib/db";
import { requireViewer } from "./viewer";

// Completed courses count as Education PDUs in the Talent Triangle area their track builds.
const TRACK_CATEGORY: Record<string, PduCategory> = {
  "project-management": "ways-of-working",
  lean: "ways-of-working",
  "six-sigma": "ways-of-working",
  "emotional-intelligence": "power-skills",
  foundations: "business-acumen",
};

export type LedgerEntry = { id: string | null; activity: string; date: Date; hours: number; category: PduCategory; source: "manual" | "course" };
export type HeldView = { id: string; code: string; name: string; earnedOn: Date; entries: LedgerEntry[]; status: RenewalStatus | null };

export async function getPduLedger(): Promise<{ held: HeldView[]; renewable: { code: string; name: string }[] }> {
  const viewer = await requireViewer();
  const [held, targets, certificates] = await Promise.all([
    db.heldCertification.findMany({
      where: { userId: viewer.id },
      orderBy: { earnedOn: "desc" },
      select: { id: true, earnedOn: true, target: { select: { code: true, name: true } }, entries: { orderBy: { date: "desc" }, select: { id: true, activity: true, date: true, hours: true, category: true } } },
    }),
    db.certificationTarget.findMany({ where: { code: { in: Object.keys(RENEWAL_RULES) } }, select: { code: true, name: true } }),
    db.certificate.findMany({
      where: { userId: viewer.id },
      select: { courseTitle: true, educationHours: true, issuedAt: true, course: { select: { track: { select: { slug: true } } } } },
    }),
  ]);
  return {
    held: held.map((h) => {
      const fromStudy: LedgerEntry[] = certificates
        .filter((c) => c.issuedAt >= h.earnedOn)
        .map((c) => ({ id: null, activity: `Kaizen Academy course: ${c.courseTitle}`, date: c.issuedAt, hours: c.educationHours, category: TRACK_CATEGORY[c.course.track.slug] ?? "ways-of-working", source: "course" }));
      const entries = [...h.entries.map((e) => ({ ...e, category: e.category as PduCategory, source: "manual" as const })), ...fromStudy].sort((a, b) => b.date.getTime() - a.date.getTime());
      const rule = RENEWAL_RULES[h.target.code];
      return { id: h.id, code: h.target.code, name: h.target.name, earnedOn: h.earnedOn, entries, status: rule ? checkRenewal(rule, h.earnedOn, entries) : null };
    }),
    renewable: targets.filter((t) => !held.some((h) => h.target.code === t.code)),
  };
}

export type PduResult = { ok: true } | { ok: false; field: string; error: string };

export async function addHeldCertification(input: { targetCode: string; earnedOn: Date }): Promise<PduResult> {
  const viewer = await requireViewer();
  if (!RENEWAL_RULES[input.targetCode]) return { ok: false, field: "targetCode", error: "Only PMP and CAPM have PDU renewal cycles here." };
  const target = await db.certificationTarget.findUnique({ where: { code: input.targetCode }, select: { id: true } });
  if (!target) return { ok: false, field: "targetCode", error: "Choose a certification." };
  await db.heldCertification.upsert({
    where: { userId_targetId: { userId: viewer.id, targetId: target.id } },
    create: { userId: viewer.id, targetId: target.id, earnedOn: input.earnedOn },
    update: { earnedOn: input.earnedOn },
  });
  return { ok: true };
}

export async function addPduEntry(input: { heldId: string; activity: string; date: Date; hours: number; category: PduCategory }): Promise<PduResult> {
  const viewer = await requireViewer();
  const held = await db.heldCertification.findFirst({ where: { id: input.heldId, userId: viewer.id }, select: { id: true, earnedOn: true } });
  if (!held) return { ok: false, field: "heldId", error: "Choose one of your certifications." };
  if (input.date < held.earnedOn) return { ok: false, field: "date", error: "The activity is before you earned this certification." };
  await db.pduEntry.create({ data: { userId: viewer.id, heldId: held.id, activity: input.activity, date: input.date, hours: input.hours, category: input.category } });
  return { ok: true };
}

export async function deletePduEntry(id: string): Promise<PduResult> {
  const viewer = await requireViewer();
  const removed = await db.pduEntry.deleteMany({ where: { id, userId: viewer.id } });
  return removed.count ? { ok: true } : { ok: false, field: "id", error: "That entry does not exist." };
}
