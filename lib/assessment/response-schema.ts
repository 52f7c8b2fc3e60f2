// Validates a learner's answer against the question's type and its choices.
import "@/lib/validation/zod-config";
import { z } from "zod";
import type { Payload, Response } from "./types";

const id = z.string().min(1).max(40);

const schemas = {
  single: z.object({ type: z.literal("single"), choice: id }),
  multiple: z.object({ type: z.literal("multiple"), choices: z.array(id).max(10) }),
  "true-false": z.object({ type: z.literal("true-false"), value: z.boolean() }),
  numeric: z.object({ type: z.literal("numeric"), value: z.number().finite().min(-1e12).max(1e12) }),
  matching: z.object({ type: z.literal("matching"), matches: z.record(id, id) }),
  ordering: z.object({ type: z.literal("ordering"), order: z.array(id).max(10) }),
} as const;

/** The response, or a message saying what is wrong with its shape. */
export function parseResponse(payload: Payload, raw: unknown): { ok: true; response: Response } | { ok: false; error: string } {
  const parsed = schemas[payload.type].safeParse(raw);
  if (!parsed.success) return { ok: false, error: "That answer doesn't fit this question." };
  const response = parsed.data as Response;
  const known = (ids: string[], allowed: string[]) => ids.every((i) => allowed.includes(i));
  switch (payload.type) {
    case "single":
      if (!known([(response as { choice: string }).choice], payload.options.map((o) => o.id))) return { ok: false, error: "Choose one of the options." };
      break;
    case "multiple": {
      const choices = (response as { choices: string[] }).choices;
      if (!known(choices, payload.options.map((o) => o.id)) || new Set(choices).size !== choices.length) return { ok: false, error: "Choose among the options." };
      break;
    }
    case "matching": {
      const m = (response as { matches: Record<string, string> }).matches;
      if (!known(Object.keys(m), payload.pairs.map((p) => p.id)) || !known(Object.values(m), payload.pairs.map((p) => p.matchId))) {
        return { ok: false, error: "Match each item to one of the choices." };
      }
      break;
    }
    case "ordering": {
      const order = (response as { order: string[] }).order;
      const ids = payload.items.map((i) => i.id);
      if (order.length !== ids.length || new Set(order).size !== ids.length || !known(order, ids)) return { ok: false, error: "Put every item in order." };
      break;
    }
  }
  return { ok: true, response };
}
