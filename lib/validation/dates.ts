import "@/lib/validation/zod-config";
import { z } from "zod";

/** A calendar date typed as YYYY-MM-DD, becoming midnight UTC. "2027-02-31" is refused, not rolled into March. */
export function isoDate(label: string, messages: { missing?: string; format?: string; invalid?: string } = {}) {
  return z
    .string({ error: messages.missing ?? `Enter the ${label}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, messages.format ?? `Enter the ${label} as a date.`)
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
    }, messages.invalid ?? `Enter a real ${label}.`)
    .transform((v) => new Date(`${v}T00:00:00Z`));
}
