import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

/** The open attempt under `activeKey` (one per learner and exam or quiz), if any. */
export async function openAttemptId(activeKey: string): Promise<string | null> {
  return (await db.attempt.findUnique({ where: { activeKey }, select: { id: true } }))?.id ?? null;
}

/** Creates an attempt; the caller has checked that `data.userId` is the viewer's. */
export async function createAttempt(data: Prisma.AttemptUncheckedCreateInput): Promise<string> {
  try {
    return (await db.attempt.create({ data, select: { id: true } })).id;
  } catch (error) {
    // Two starts at once: the other one won; resume it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && data.activeKey) {
      return (await db.attempt.findUniqueOrThrow({ where: { activeKey: data.activeKey }, select: { id: true } })).id;
    }
    throw error;
  }
}
