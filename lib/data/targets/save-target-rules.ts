import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/client-address";
import type { RenewalRule } from "@/lib/pdu/rules";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { fail, type Result } from "@/lib/data/result";
import { requireRole } from "@/lib/data/viewer";
import type { TargetRulesFields } from "@/lib/validation/targets";
import { forgetTargets } from "./list-targets";

type Rules = { targetCode: string; educationHoursRequired: number | null; renewalRule: RenewalRule | null };

/**
 * Sets a target's education requirement and renewal rule, with an audit event
 * in the same transaction. Marks them edited, so the seed leaves them alone. Admins only.
 */
export async function saveTargetRules(input: Rules): Promise<Result<{ name: string }, TargetRulesFields>> {
  const admin = await requireRole("admin");
  const renewalRule = input.renewalRule ? JSON.stringify(input.renewalRule) : null;
  const ip = clientAddress(await headers());
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.certificationTarget.findUnique({ where: { code: input.targetCode }, select: { id: true, name: true, educationHoursRequired: true, renewalRule: true } });
    if (!before) return null;
    await tx.certificationTarget.update({
      where: { id: before.id },
      data: { educationHoursRequired: input.educationHoursRequired, renewalRule, rulesEditedAt: new Date() },
    });
    await recordAudit(
      {
        action: "target.rules-saved",
        actor: admin,
        subject: { type: "certification-target", id: before.id },
        detail: {
          target: input.targetCode,
          educationHours: input.educationHoursRequired,
          renewalRule,
          previousEducationHours: before.educationHoursRequired,
          previousRenewalRule: before.renewalRule,
        },
        ip,
      },
      tx,
    );
    return before;
  });
  if (!saved) return fail("Choose a certification.", "targetCode");
  forgetTargets();
  return { ok: true, name: saved.name };
}
