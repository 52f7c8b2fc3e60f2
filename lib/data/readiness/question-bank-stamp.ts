import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

/**
 * What identifies the questions of these targets for a memoised fit: how many, the latest
 * created and the latest studio edit (an edit can move a question's difficulty, domain or
 * target). One aggregate query.
 */
export async function questionBankStamp(targetIds: string[]): Promise<string> {
  if (targetIds.length === 0) return "";
  const [bank] = await db.$queryRaw<{ n: number | bigint; created: string | Date | null; edited: string | Date | null }[]>`
    SELECT COUNT(*) AS "n", MAX(q."createdAt") AS "created", MAX(q."studioEditedAt") AS "edited" FROM "Question" q WHERE q."targetId" IN (${Prisma.join(targetIds)})`;
  const time = (v: string | Date | null | undefined) => (v ? new Date(v).getTime() : "");
  return `${targetIds.join(",")}|${Number(bank?.n ?? 0)}|${time(bank?.created)}|${time(bank?.edited)}`;
}
