// One-off data migration, run on every start until nothing is left to do:
// question versions imported before ids were opaque carry readable ids
// (a, b, c…; p1↔m1; i1, i2… in the right order). Each gets fresh random ids,
// and every stored response to it is rewritten in the same transaction, so past
// and in-progress attempts keep grading exactly as before.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { hasLegacyIds, rekeyPayload, rekeyResponse } from "../lib/assessment/opaque-ids";
import { versionHash } from "../lib/content/question-hash";
import { randomOpaqueIds } from "../lib/content/question-ids";
import type { Payload, Response } from "../lib/assessment/types";

export async function rekeyLegacyIds(db: PrismaClient): Promise<number> {
  const versions = await db.questionVersion.findMany({ select: { id: true, type: true, stem: true, explanation: true, payload: true } });
  const legacy = versions.filter((v) => hasLegacyIds(JSON.parse(v.payload) as Payload));
  for (const version of legacy) {
    const { payload, ids } = rekeyPayload(JSON.parse(version.payload) as Payload, randomOpaqueIds());
    await db.$transaction(async (tx) => {
      await tx.questionVersion.update({
        where: { id: version.id },
        data: { payload: JSON.stringify(payload), contentHash: versionHash({ ...version, payload }) },
      });
      const answered = await tx.attemptItem.findMany({ where: { questionVersionId: version.id, response: { not: null } }, select: { id: true, response: true } });
      for (const item of answered) {
        const response = rekeyResponse(JSON.parse(item.response!) as Response, ids);
        await tx.attemptItem.update({ where: { id: item.id }, data: { response: JSON.stringify(response) } });
      }
    });
  }
  return legacy.length;
}
