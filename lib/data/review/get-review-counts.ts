import "server-only";
import { reviewHorizons } from "@/lib/assessment/schedule";
import { db } from "@/lib/db";
import { requireViewer } from "../viewer";

export type ReviewCounts = { dueNow: number; dueToday: number; dueThisWeek: number; total: number };

export async function getReviewCounts(now = new Date()): Promise<ReviewCounts> {
  const viewer = await requireViewer();
  const { endOfToday, endOfWeek } = reviewHorizons(now);
  const where = (due: Date) => ({ userId: viewer.id, question: { retired: false }, due: { lte: due } });
  const [dueNow, dueToday, dueThisWeek, total] = await Promise.all([
    db.reviewCard.count({ where: where(now) }),
    db.reviewCard.count({ where: where(endOfToday) }),
    db.reviewCard.count({ where: where(endOfWeek) }),
    db.reviewCard.count({ where: { userId: viewer.id } }),
  ]);
  return { dueNow, dueToday, dueThisWeek, total };
}
