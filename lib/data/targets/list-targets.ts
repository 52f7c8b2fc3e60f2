import "server-only";
import "@/lib/validation/zod-config";
import { z } from "zod";
import type { RenewalRule } from "@/lib/pdu/rules";
import { db } from "@/lib/db";
import { renewalRuleSchema } from "@/lib/validation/targets";

/** A certification target as the rest of the app reads it. */
export type Target = {
  id: string;
  code: string;
  name: string;
  domains: string[];
  /** Contact hours needed to apply; null when the target asks none. */
  educationHoursRequired: number | null;
  /** How it renews by PDUs; null when it does not. */
  renewalRule: RenewalRule | null;
};

const domainList = z.array(z.string());

export const targetSelect = { id: true, code: true, name: true, domains: true, educationHoursRequired: true, renewalRule: true } as const;

type TargetRow = { id: string; code: string; name: string; domains: string; educationHoursRequired: number | null; renewalRule: string | null };

/** A row checked on the way out: a rule that does not parse is a broken row, not a learner's mistake, so it throws. */
export function toTarget(row: TargetRow): Target {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    domains: domainList.parse(JSON.parse(row.domains)),
    educationHoursRequired: row.educationHoursRequired,
    renewalRule: row.renewalRule === null ? null : renewalRuleSchema.parse(JSON.parse(row.renewalRule)),
  };
}

// Targets change only when the seed runs (before the server starts) or an admin
// saves a rule, which calls forgetTargets() in the instance that saved. Other
// instances behind a load balancer see the change within the memo's lifetime.
// The memo lives on globalThis because Next bundles pages, actions and route
// handlers separately, each with its own copy of this module.
const TTL_MS = 60_000;
type Memo = { at: number; targets: Promise<Target[]> };
const shared = globalThis as { kaizenTargets?: Memo | null };

/**
 * Every certification target in its listed order, read once and kept for a
 * minute. Public reference data (the catalog names them), so anyone may read it.
 */
export function listTargets(): Promise<Target[]> {
  const now = Date.now();
  const memo = shared.kaizenTargets;
  if (memo && now - memo.at <= TTL_MS) return memo.targets;
  const targets = db.certificationTarget.findMany({ orderBy: [{ position: "asc" }, { code: "asc" }], select: targetSelect }).then((rows) => rows.map(toTarget));
  shared.kaizenTargets = { at: now, targets };
  // A failed read is not kept: the next caller tries again.
  targets.catch(() => {
    if (shared.kaizenTargets?.targets === targets) shared.kaizenTargets = null;
  });
  return targets;
}

/** The target with this code, or undefined for a code nobody defined. */
export async function findTarget(code: string): Promise<Target | undefined> {
  return (await listTargets()).find((t) => t.code === code);
}

/** Drops the memo, so the next read sees what was just saved. */
export function forgetTargets(): void {
  shared.kaizenTargets = null;
}
