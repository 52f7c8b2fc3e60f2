import "server-only";
import { clientAddress } from "@/lib/client-address";
import { db } from "@/lib/db";
import { fail, type Result } from "../result";
import { Prisma } from "@/lib/generated/prisma/client";
import type { blueprintSchema, BlueprintFields } from "@/lib/validation/blueprint";
import { headers } from "next/headers";
import type { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import { requireRole } from "../viewer";
import { findTarget } from "../targets/list-targets";

/** Creates a blueprint, or edits one (by id) of the same target. Admins only. */
export async function saveBlueprint(input: z.output<typeof blueprintSchema>): Promise<Result<object, BlueprintFields>> {
  const admin = await requireRole("admin");
  const target = await findTarget(input.targetCode);
  if (!target) return fail("Choose a certification.", "targetCode");
  // Only the target's own domains count; other weight fields are ignored.
  const total = target.domains.reduce((s, code) => s + (input.weights[code] ?? 0), 0);
  if (Math.abs(total - 100) > 0.01) return fail(`Domain weights must add up to 100% (now ${Math.round(total * 100) / 100}%).`, "weights");
  // Domain names carry over from the blueprint being edited, or the target's latest one.
  const previous = await db.blueprint.findFirst({
    where: { targetId: target.id, ...(input.blueprintId ? { id: input.blueprintId } : {}) },
    orderBy: { effectiveFrom: "desc" },
    select: { domains: true },
  });
  if (input.blueprintId && !previous) return fail("That blueprint does not exist.", "blueprintId");
  const names = new Map<string, string>((JSON.parse(previous?.domains ?? "[]") as { code: string; name: string }[]).map((d) => [d.code, d.name]));
  // A domain weighted 0% is not on this exam (IASSC's Green Belt has no Overview): it is left out.
  const domains = target.domains
    .map((code) => ({
      code,
      name: names.get(code) ?? code.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()),
      weight: Math.round((input.weights[code] ?? 0) * 100) / 10_000,
    }))
    .filter((d) => d.weight > 0);
  const data = {
    format: input.format,
    name: input.name,
    effectiveFrom: input.effectiveFrom,
    questionCount: input.questionCount,
    scoredCount: input.scoredCount,
    minutes: input.minutes,
    passingPercent: input.passingPercent,
    sectionBreaks: JSON.stringify(input.sectionBreaks),
    breakMinutes: input.breakMinutes,
    sectionBreaksAssumed: input.sectionBreaksAssumed,
    openBook: input.openBook,
    scaledPass: input.scaledPass ?? null,
    scaledMax: input.scaledMax ?? null,
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
            format: input.format,
            effectiveFrom: input.effectiveFrom.toISOString().slice(0, 10),
            created: !input.blueprintId,
            questionCount: input.questionCount,
            minutes: input.minutes,
            passingPercent: input.passingPercent,
            sectionBreaksAssumed: input.sectionBreaksAssumed,
          },
          ip,
        },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return fail("This certification already has a blueprint of this format taking effect on that date.", "effectiveFrom");
    }
    throw error;
  }
  return { ok: true };
}
