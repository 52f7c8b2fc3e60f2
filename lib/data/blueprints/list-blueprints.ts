import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseJson } from "@/lib/assessment/stored";
import { db } from "@/lib/db";
import { blueprintOn, type Blueprint, type BlueprintDomain } from "@/lib/readiness/blueprint";

// Blueprints are public reference data (every signed-in page shows them), so
// reading them needs no viewer; callers check theirs.
const blueprintSelect = { id: true, targetId: true, format: true, name: true, questionCount: true, scoredCount: true, minutes: true, passingPercent: true, sectionBreaks: true, sectionBreaksAssumed: true, breakMinutes: true, openBook: true, scaledPass: true, scaledMax: true, domains: true, effectiveFrom: true } as const;
type BlueprintRow = Prisma.BlueprintGetPayload<{ select: typeof blueprintSelect }>;

function toBlueprint(row: BlueprintRow): Blueprint {
  return { ...row, sectionBreaks: parseJson<number[]>(row.sectionBreaks, []), domains: parseJson<BlueprintDomain[]>(row.domains, []) };
}

/** Every blueprint of the given targets (of all targets without), for picking the one in force on any date. */
export async function listBlueprints(targetIds?: string[]): Promise<Blueprint[]> {
  const rows = await db.blueprint.findMany({ where: targetIds ? { targetId: { in: targetIds } } : {}, select: blueprintSelect });
  return rows.map(toBlueprint);
}

/** The blueprint in force of one of the target's formats; without a format, the first format's (see blueprintOn). */
export async function blueprintInForce(targetId: string, at: Date, format?: string): Promise<Blueprint | null> {
  const blueprints = await listBlueprints([targetId]);
  return blueprintOn(format === undefined ? blueprints : blueprints.filter((b) => b.format === format), at);
}
