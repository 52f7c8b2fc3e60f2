import "server-only";
import { parseJson } from "@/lib/assessment/stored";
import { db } from "@/lib/db";
import type { Calibration } from "@/lib/readiness/calibration";

export type CalibrationInForce = { calibration: Calibration; outcomes: number; fittedAt: Date };

/**
 * The calibration each of these targets' readiness is computed with, if one
 * has been fitted. Target-wide reference data, not anyone's answers: callers
 * check their viewer.
 */
export async function calibrationsInForce(targetIds: string[]): Promise<Map<string, CalibrationInForce>> {
  const rows = targetIds.length
    ? await db.targetCalibration.findMany({ where: { targetId: { in: targetIds } }, select: { targetId: true, calibration: true, outcomes: true, fittedAt: true } })
    : [];
  const out = new Map<string, CalibrationInForce>();
  for (const row of rows) {
    const calibration = parseJson<Calibration | null>(row.calibration, null);
    if (calibration) out.set(row.targetId, { calibration, outcomes: row.outcomes, fittedAt: row.fittedAt });
  }
  return out;
}

/** The calibration in force for one target, if it has one (no target, no calibration). */
export async function calibrationInForce(targetId: string | null): Promise<CalibrationInForce | undefined> {
  return targetId ? (await calibrationsInForce([targetId])).get(targetId) : undefined;
}
