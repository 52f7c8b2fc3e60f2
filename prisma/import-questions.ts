// Writes blueprints and the question bank into the database. A question whose
// text, choices or key changed gets a new version; old versions stay, so past
// attempts keep what they were graded on. Questions gone from the bank retire.
// Studio edits win over the files.
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { QuestionSource } from "../lib/assessment/question-schema";
import { toPayload } from "../lib/assessment/to-payload";
import { contentHash } from "../lib/content/question-hash";
import { randomOpaqueIds } from "../lib/content/question-ids";
import { BLUEPRINTS, RETIRED_BLUEPRINTS } from "./blueprints";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function importBlueprints(db: PrismaClient): Promise<void> {
  for (const r of RETIRED_BLUEPRINTS) {
    await db.blueprint.deleteMany({ where: { target: { code: r.target }, format: r.format, effectiveFrom: day(r.effectiveFrom), name: r.name } });
  }
  for (const b of BLUEPRINTS) {
    const target = await db.certificationTarget.findUniqueOrThrow({ where: { code: b.target }, select: { id: true } });
    const format = b.format ?? "";
    const effectiveFrom = day(b.effectiveFrom);
    const key = { targetId_format_effectiveFrom: { targetId: target.id, format, effectiveFrom } };
    const sectionBreaksAssumed = b.sectionBreaksAssumed ?? false;
    if (b.shippedFrom?.length && !(await db.blueprint.findUnique({ where: key, select: { id: true } }))) {
      await db.blueprint.updateMany({
        where: { targetId: target.id, format, effectiveFrom: { in: b.shippedFrom.map(day) } },
        data: { effectiveFrom, sectionBreaksAssumed },
      });
    }
    const data = {
      name: b.name,
      questionCount: b.questionCount,
      scoredCount: b.scoredCount,
      minutes: b.minutes,
      passingPercent: b.passingPercent,
      sectionBreaks: JSON.stringify(b.sectionBreaks),
      breakMinutes: b.breakMinutes,
      sectionBreaksAssumed,
      openBook: b.openBook ?? false,
      scaledPass: b.scaledPass ?? null,
      scaledMax: b.scaledMax ?? null,
      domains: JSON.stringify(b.domains),
    };
    // Seed values only fill in what is missing: an admin's corrections survive restarts.
    await db.blueprint.upsert({ where: key, create: { targetId: target.id, format, effectiveFrom, ...data }, update: {} });
  }
}

export async function importQuestions(db: PrismaClient, bank: QuestionSource[]): Promise<{ created: number; versioned: number }> {
  const targets = new Map((await db.certificationTarget.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));
  const modules = new Map(
    (await db.module.findMany({ select: { id: true, slug: true, course: { select: { slug: true } } } })).map((m) => [`${m.course.slug}/${m.slug}`, m.id]),
  );
  const existing = new Map(
    (
      await db.question.findMany({
        where: { studioEditedAt: null, authorId: null },
        select: {
          id: true,
          key: true,
          targetId: true,
          domain: true,
          task: true,
          difficulty: true,
          tags: true,
          moduleId: true,
          retired: true,
          versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, contentHash: true } },
        },
      })
    ).map((q) => [q.key, q]),
  );
  // Questions edited or written in the studio are the studio's: never overwritten or retired here.
  const studio = new Set((await db.question.findMany({ where: { OR: [{ studioEditedAt: { not: null } }, { authorId: { not: null } }] }, select: { key: true } })).map((q) => q.key));
  let created = 0;
  let versioned = 0;
  await db.$transaction(
    async (tx) => {
      for (const q of bank) {
        if (studio.has(q.id)) continue;
        const meta = {
          targetId: targets.get(q.target)!,
          domain: q.domain,
          task: q.task ?? null,
          difficulty: q.difficulty,
          tags: q.tags.join(","),
          moduleId: q.module ? (modules.get(q.module) ?? null) : null,
          retired: false,
        };
        const hash = contentHash(q);
        const version = () => ({ type: q.type, stem: q.stem.trim(), explanation: q.explanation.trim(), payload: JSON.stringify(toPayload(q, randomOpaqueIds())), contentHash: hash });
        const found = existing.get(q.id);
        if (!found) {
          await tx.question.create({ data: { key: q.id, ...meta, versions: { create: { version: 1, ...version() } } } });
          created++;
          continue;
        }
        // Every start re-imports the whole bank: an unchanged question costs no write.
        if ((Object.keys(meta) as (keyof typeof meta)[]).some((k) => meta[k] !== found[k])) await tx.question.update({ where: { id: found.id }, data: meta });
        const latest = found.versions[0];
        if (latest?.contentHash !== hash) {
          await tx.questionVersion.create({ data: { questionId: found.id, version: (latest?.version ?? 0) + 1, ...version() } });
          versioned++;
        }
      }
      const keys = new Set(bank.map((q) => q.id));
      const gone = [...existing.keys()].filter((k) => !keys.has(k));
      if (gone.length) await tx.question.updateMany({ where: { key: { in: gone } }, data: { retired: true } });
    },
    // The first import writes thousands of rows one round trip at a time: on PostgreSQL over
    // the network, on a busy machine, that takes minutes, and a timed-out transaction rolls back.
    { timeout: 600_000 },
  );
  return { created, versioned };
}
