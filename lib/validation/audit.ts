import "@/lib/validation/zod-config";
import { z } from "zod";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";
import { isoDate } from "./dates";

// A filter left blank in the form arrives as "": the same as not filtering.
const blankAsUnset = (v: unknown) => (v === "" ? undefined : v);
const one = (label: string) => `Give one ${label}.`;

export const auditFilterSchema = z
  .object({
    action: z.preprocess(blankAsUnset, z.enum(AUDIT_ACTIONS, { error: "Choose an action from the list." }).optional()),
    actor: z.preprocess(blankAsUnset, z.string({ error: one("email") }).trim().max(254, "Use at most 254 characters.").optional()),
    from: z.preprocess(blankAsUnset, isoDate("start date", { missing: one("start date"), format: "Enter the start date as YYYY-MM-DD." }).optional()),
    to: z.preprocess(blankAsUnset, isoDate("end date", { missing: one("end date"), format: "Enter the end date as YYYY-MM-DD." }).optional()),
    page: z.preprocess(
      blankAsUnset,
      z.coerce.number({ error: "The page must be a number." }).int("The page must be a whole number.").min(1, "Pages start at 1.").max(100_000, "There are not that many pages.").optional(),
    ),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "The end date is before the start date." });

export type AuditFilter = z.output<typeof auditFilterSchema>;
export type AuditFilterField = keyof z.input<typeof auditFilterSchema>;
