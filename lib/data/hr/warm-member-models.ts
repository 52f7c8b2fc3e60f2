import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { db } from "@/lib/db";
import { calibrationInForce } from "@/lib/data/readiness/calibration-in-force";
import { log } from "@/lib/log";
import { cohortAssignments } from "./cohort-assignments";
import { loadMemberFacts } from "./load-member-facts";
import { cohortMemberModels } from "./cohort-member-models";

const DAY = 86_400_000;
/** Members whose evidence is read at once: one query's share of a large cohort, so no single query holds the process long. */
const LOAD = 250;
/** Members fitted between two turns of the event loop (a few milliseconds). */
const FIT = 10;

/**
 * Fits, off the request path, what the cohort dashboards would fit on their
 * first view of the day: the member models of every cohort with an assigned
 * exam, a few members at a time, yielding to requests in between. A system
 * job rather than a viewer's read: it returns nothing to anyone and writes
 * nothing but this process's memo (lib/data/hr/member-models.ts), so each
 * instance of a multi-instance deployment warms its own. Returns how many
 * member models it went through.
 */
export async function warmMemberModels(now = new Date()): Promise<number> {
  const cohorts = await db.cohort.findMany({ where: { assignments: { some: { targetId: { not: null } } } }, select: { id: true, organisationId: true } });
  let warmed = 0;
  for (const cohort of cohorts) {
    const { exam, targetId, courses } = await cohortAssignments(cohort.id, cohort.organisationId, now);
    if (!exam || !targetId) continue;
    const [members, calibration] = await Promise.all([
      db.cohortMember.findMany({ where: { cohortId: cohort.id }, select: { userId: true } }),
      calibrationInForce(targetId),
    ]);
    for (let i = 0; i < members.length; i += LOAD) {
      const userIds = members.slice(i, i + LOAD).map((m) => m.userId);
      const scope = { organisationId: cohort.organisationId, cohortId: cohort.id, userIds };
      const facts = await loadMemberFacts(scope, targetId, courses);
      warmed += (await cohortMemberModels(scope, targetId, facts, exam, now, calibration, { every: FIT, wait: nextTurn })).length;
    }
  }
  return warmed;
}

type Warmer = { running: Promise<unknown> | null; timer: NodeJS.Timeout | null };
const warmer: Warmer = ((globalThis as { __kaizenMemberModelWarmer?: Warmer }).__kaizenMemberModelWarmer ??= { running: null, timer: null });

/**
 * Warms the member models now unless that is under way, and again just after
 * each midnight UTC, when every model's day turns. The first cohort dashboard
 * a process serves starts it; later ones find it running or scheduled.
 */
export function keepMemberModelsWarm(): void {
  if (warmer.running || warmer.timer) return;
  warmer.running = warmMemberModels()
    .catch((error: unknown) => log.error({ err: error }, "warming the HR member models failed"))
    .finally(() => {
      warmer.running = null;
      const now = Date.now();
      warmer.timer = setTimeout(
        () => {
          warmer.timer = null;
          keepMemberModelsWarm();
        },
        Math.floor(now / DAY) * DAY + DAY + 60_000 - now,
      );
      warmer.timer.unref();
    });
}
