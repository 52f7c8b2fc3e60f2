import "server-only";
import { db } from "@/lib/db";
import { calibrationsInForce, type CalibrationInForce } from "@/lib/data/readiness/calibration-in-force";
import type { Calibration } from "@/lib/readiness/calibration";
import { requireRole } from "@/lib/data/viewer";
import { CALIBRATION_MIN_OUTCOMES, reliabilityOf, type Reliability } from "@/lib/readiness/reliability";

export type TargetCalibrationReport = {
  code: string;
  name: string;
  reported: number;
  passed: number;
  /** What learners were shown on the morning of their exam, against what happened. */
  shown: Reliability;
  /** The model's own probability on the same mornings, before any calibration. */
  model: Reliability;
  /** Results reported without a shown prediction: too little evidence that morning. */
  withoutPrediction: number;
  inForce: (Omit<CalibrationInForce, "calibration"> & { pass: Calibration["pass"]; items: number; newSince: number }) | null;
  canRefit: boolean;
};

/** Per target, the reported exam results against the predictions, and the calibration in force. Admins only. */
export async function getCalibrationReport(): Promise<TargetCalibrationReport[]> {
  await requireRole("admin");
  const [targets, outcomes] = await Promise.all([
    db.certificationTarget.findMany({ orderBy: { position: "asc" }, select: { id: true, code: true, name: true } }),
    db.examOutcome.findMany({ select: { targetId: true, passed: true, predictedPass: true, modelPass: true, createdAt: true } }),
  ]);
  const calibrations = await calibrationsInForce(targets.map((t) => t.id));
  return targets.map((t) => {
    const own = outcomes.filter((o) => o.targetId === t.id);
    const inForce = calibrations.get(t.id);
    const shown = own.flatMap((o) => (o.predictedPass === null ? [] : [{ p: o.predictedPass, y: o.passed ? (1 as const) : (0 as const) }]));
    return {
      code: t.code,
      name: t.name,
      reported: own.length,
      passed: own.filter((o) => o.passed).length,
      shown: reliabilityOf(shown),
      model: reliabilityOf(own.map((o) => ({ p: o.modelPass, y: o.passed ? 1 : 0 }))),
      withoutPrediction: own.length - shown.length,
      inForce: inForce
        ? {
            outcomes: inForce.outcomes,
            fittedAt: inForce.fittedAt,
            pass: inForce.calibration.pass,
            items: Object.keys(inForce.calibration.items).length,
            newSince: own.filter((o) => o.createdAt > inForce.fittedAt).length,
          }
        : null,
      canRefit: own.length >= CALIBRATION_MIN_OUTCOMES,
    };
  });
}
