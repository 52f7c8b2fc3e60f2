import "server-only";
import { headers } from "next/headers";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { z } from "zod";
import type { blueprintSchema } from "@/lib/validation/blueprint";
import type { Blueprint } from "@/lib/readiness/blueprint";
import { clientAddress } from "@/lib/client-address";
import { listBlueprints } from "./assessment";
import { recordAudit } from "./audit-log";
import { findTarget, listTargets } from "./targets/list-targets";
import { requireRole } from "./viewer";

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

export type SaveBlueprintResult = { ok: true } | { ok: false; field: string; error: string };

/** Creates a blueprint, or edits one (by id) of the same target. Admins only. */
export async function saveBlueprint(input: z.output<typeof blueprintSchema>): Promise<SaveBlueprintResult> {
  const admin = await requireRole("admin");
  const target = await findTarget(input.targetCode);
  if (!target) return { ok: false, field: "targetCode", error: "Choose a certification." };
  // Only the target's own domains count; other weight fields are ignored.
  const total = target.domains.reduce((s, code) => s + (input.weights[code] ?? 0), 0);
  if (Math.abs(total - 100) > 0.01) return { ok: false, field: "weights", error: `Domain weights must add up to 100% (now ${Math.round(total * 100) / 100}%).` };
  // Domain names carry over from the blueprint being edited, or the target's latest one.
  const previous = await db.blueprint.findFirst({
    where: { targetId: target.id, ...(input.blueprintId ? { id: input.blueprintId } : {}) },
    orderBy: { effectiveFrom: "desc" },
    select: { domains: true },
  });
  if (input.blueprintId && !previous) return { ok: false, field: "blueprintId", error: "That blueprint does not exist." };
  const names = new Map<string, string>((JSON.parse(previous?.domains ?? "[]") as { code: string; name: string }[]).map((d) => [d.code, d.name]));
  const domains = target.domains.map((code) => ({
    code,
    name: names.get(code) ?? code.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()),
    weight: Math.round((input.weights[code] ?? 0) * 100) / 10_000,
  }));
  const data = {
    name: input.name,
    effectiveFrom: input.effectiveFrom,
    questionCount: input.questionCount,
    scoredCount: input.scoredCount,
    minutes: input.minutes,
    passingPercent: input.passingPercent,
    sectionBreaks: JSON.stringify(input.sectionBreaks),
    breakMinutes: input.breakMinutes,
    domains: JSON.stringify(domains),
  };
  const ip = clientAddress(await headers());
  try {
    // The change and its audit event commit together or not at all.
    await db.$transaction(async (tx) => {
      const saved = input.blueprintId
        ? await tx.blueprint.update({ where: { id: input.blueprintId }, data, select: { id: true } })
        : await tx.blueprint.create({ data: { targetId: target.id, ...data }, select: { id: true } });
      await recordAudit(
        {
          action: "blueprint.saved",
          actor: admin,
          subject: { type: "blueprint", id: saved.id },
          detail: {
            target: input.targetCode,
            name: input.name,
            effectiveFrom: input.effectiveFrom.toISOString().slice(0, 10),
            created: !input.blueprintId,
            questionCount: input.questionCount,
            minutes: input.minutes,
            passingPercent: input.passingPercent,
          },
          ip,
        },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, field: "effectiveFrom", error: "This certification already has a blueprint taking effect on that date." };
    }
    throw error;
  }
  return { ok: true };
}
