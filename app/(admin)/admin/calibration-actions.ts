"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action-client";
import { refitCalibration } from "@/lib/data/calibration/refit-calibration";
import { refitCalibrationSchema } from "@/lib/validation/calibration";

// A refit changes every learner's numbers for the target, so an admin puts it
// in force after looking at the reliability diagram, rather than each report
// doing it: one false report cannot move everyone's numbers unseen, and a
// learner's report does not wait seconds for a fit.
export const refitCalibrationAction = formAction({
  access: ["admin"],
  schema: refitCalibrationSchema,
  run: async ({ targetCode }) => {
    const result = await refitCalibration(targetCode);
    if (!result.ok) return result;
    revalidatePath("/admin/calibration");
    revalidatePath("/dashboard");
    return { ok: true, message: `${targetCode} is now calibrated on ${result.outcomes} reported results.` };
  },
});
