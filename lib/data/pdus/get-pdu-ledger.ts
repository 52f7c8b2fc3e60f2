import "server-only";
import { checkRenewal, type PduCategory, type RenewalRule, type RenewalStatus } from "@/lib/pdu/rules";
import { db } from "@/lib/db";
import { listTargets } from "@/lib/data/targets/list-targets";
import { requireViewer } from "@/lib/data/viewer";

export type LedgerEntry = { id: string | null; activity: string; date: Date; hours: number; category: PduCategory; source: "manual" | "course" };
export type HeldView = {
  id: string;
  code: string;
  name: string;
  earnedOn: Date;
  entries: LedgerEntry[];
  /** The target's rule today; null if an admin has since taken its PDU renewal away. */
  rule: RenewalRule | null;
  status: RenewalStatus | null;
};

/** The viewer's held certifications with their PDUs, and the renewable ones they could add. */
export async function getPduLedger(): Promise<{ held: HeldView[]; renewable: { code: string; name: string }[] }> {
  const viewer = await requireViewer();
  const [held, targets, certificates] = await Promise.all([
    db.heldCertification.findMany({
      where: { userId: viewer.id },
      orderBy: { earnedOn: "desc" },
      select: { id: true, earnedOn: true, targetId: true, entries: { orderBy: { date: "desc" }, select: { id: true, activity: true, date: true, hours: true, category: true } } },
    }),
    listTargets(),
    db.certificate.findMany({
      where: { userId: viewer.id },
      select: { courseTitle: true, educationHours: true, issuedAt: true, course: { select: { track: { select: { pduCategory: true } } } } },
    }),
  ]);
  return {
    held: held.flatMap((h) => {
      const target = targets.find((t) => t.id === h.targetId);
      if (!target) return [];
      // Completed courses count as Education PDUs in the Talent Triangle area their track builds.
      const fromStudy: LedgerEntry[] = certificates
        .filter((c) => c.issuedAt >= h.earnedOn)
        .map((c) => ({ id: null, activity: `Kaizen Academy course: ${c.courseTitle}`, date: c.issuedAt, hours: c.educationHours, category: c.course.track.pduCategory as PduCategory, source: "course" }));
      const entries = [...h.entries.map((e) => ({ ...e, category: e.category as PduCategory, source: "manual" as const })), ...fromStudy].sort((a, b) => b.date.getTime() - a.date.getTime());
      const rule = target.renewalRule;
      return [{ id: h.id, code: target.code, name: target.name, earnedOn: h.earnedOn, entries, rule, status: rule ? checkRenewal(rule, h.earnedOn, entries) : null }];
    }),
    renewable: targets.filter((t) => t.renewalRule && !held.some((h) => h.targetId === t.id)).map((t) => ({ code: t.code, name: t.name })),
  };
}
