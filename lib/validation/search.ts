import "@/lib/validation/zod-config";
import { z } from "zod";

export const searchParamsSchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  track: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
});
