import "server-only";
import { findTarget } from "@/lib/data/targets/list-targets";
import { requireViewer } from "@/lib/data/viewer";
import { coursesFor, hoursOf } from "./course-hours";

/** The viewer's education-hours record for one target, for download; null for an unknown target. */
export async function getHoursRecord(targetCode: string) {
  const viewer = await requireViewer();
  const target = await findTarget(targetCode);
  if (!target) return null;
  return { learner: viewer.name, target: target.name, ...hoursOf(await coursesFor(viewer.id, [target.id]), target) };
}
