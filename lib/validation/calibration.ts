import "@/lib/validation/zod-config";
import { z } from "zod";
import { targetCode } from "./targets";

export const refitCalibrationSchema = z.object({ targetCode: targetCode() });
