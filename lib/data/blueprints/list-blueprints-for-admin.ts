import "server-only";
import type { Blueprint } from "@/lib/readiness/blueprint";
import { listTargets } from "../targets/list-targets";
import { listBlueprints } from "./list-blueprints";
import { requireRole } from "../viewer";

export type TargetBlueprints = { code: string; name: string; domainCodes: readonly string[]; blueprints: Blueprint[] };

export async function listBlueprintsForAdmin(): Promise<TargetBlueprints[]> {
  await requireRole("admin");
  const targets = await listTargets();
  const blueprints = await listBlueprints(targets.map((t) => t.id));
  return targets.map((t) => ({
    code: t.code,
    name: t.name,
    domainCodes: t.domains,
    blueprints: blueprints.filter((b) => b.targetId === t.id).sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime()),
  }));
}
