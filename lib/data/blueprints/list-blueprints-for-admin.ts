import "server-only";
import { TARGET_DOMAINS, type TargetCode } from "@/lib/content/schema";
import { db } from "@/lib/db";
import type { Blueprint } from "@/lib/readiness/blueprint";
import { listBlueprints } from "./list-blueprints";
import { requireRole } from "../viewer";

export type TargetBlueprints = { code: string; name: string; domainCodes: readonly string[]; blueprints: Blueprint[] };

export async function listBlueprintsForAdmin(): Promise<TargetBlueprints[]> {
  await requireRole("admin");
  const targets = await db.certificationTarget.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
  const blueprints = await listBlueprints(targets.map((t) => t.id));
  return targets.map((t) => ({
    code: t.code,
    name: t.name,
    domainCodes: TARGET_DOMAINS[t.code as TargetCode] ?? [],
    blueprints: blueprints.filter((b) => b.targetId === t.id).sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime()),
  }));
}
