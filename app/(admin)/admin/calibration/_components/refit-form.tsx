"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { refitCalibrationAction } from "@/app/(admin)/admin/calibration-actions";

export function RefitForm({ code, calibrated }: { code: string; calibrated: boolean }) {
  const { state, pending, formProps } = useActionForm<"targetCode">(refitCalibrationAction);
  return (
    <form {...formProps} className="space-y-2" data-testid={`refit-${code}`}>
      <input type="hidden" name="targetCode" value={code} />
      <Button type="submit" disabled={pending}>
        {pending ? "Fitting…" : calibrated ? `Refit ${code} on all reported results` : `Calibrate ${code} on reported results`}
      </Button>
      <FormMessage status={state.status} message={state.status === "error" ? (state.fieldErrors?.targetCode ?? state.message) : state.message} />
    </form>
  );
}
