// Writes the certification targets of prisma/content/targets.yaml as rows, keyed
// by code. Names, descriptions, order and domains follow the file on every import;
// the renewal rule and education requirement follow it only until an admin edits
// them (rulesEditedAt), so a restart never undoes an admin's correction.
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { TargetSource } from "../lib/content/targets";

/** Target ids by code, for the courses and questions that name them. */
export async function importTargets(db: PrismaClient, targets: TargetSource[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [position, target] of targets.entries()) {
    const listed = { name: target.name, description: target.description, position, domains: JSON.stringify(target.domains) };
    const rules = {
      educationHoursRequired: target.educationHours ?? null,
      renewalRule: target.renewal ? JSON.stringify(target.renewal) : null,
    };
    const row = await db.certificationTarget.upsert({
      where: { code: target.code },
      create: { code: target.code, ...listed, ...rules },
      update: listed,
      select: { id: true },
    });
    await db.certificationTarget.updateMany({ where: { id: row.id, rulesEditedAt: null }, data: rules });
    ids.set(target.code, row.id);
  }
  return ids;
}
