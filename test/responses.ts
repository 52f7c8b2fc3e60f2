// Right and wrong responses to a question, built from its key (as only a test may).
import type { Payload, Response } from "@/lib/assessment/types";

export function rightResponse(p: Payload): Response {
  switch (p.type) {
    case "single":
      return { type: "single", choice: p.options.find((o) => o.correct)!.id };
    case "multiple":
      return { type: "multiple", choices: p.options.filter((o) => o.correct).map((o) => o.id) };
    case "true-false":
      return { type: "true-false", value: p.answer };
    case "numeric":
      return { type: "numeric", value: p.answer };
    case "matching":
      return { type: "matching", matches: Object.fromEntries(p.pairs.map((x) => [x.id, x.matchId])) };
    case "ordering":
      return { type: "ordering", order: p.items.map((i) => i.id) };
  }
}

/** A response that earns no credit at all, whatever the question's tolerance or partial-credit rules. */
export function wrongResponse(p: Payload): Response {
  switch (p.type) {
    case "single":
      return { type: "single", choice: p.options.find((o) => o.credit === 0)!.id };
    case "multiple":
      return { type: "multiple", choices: [] };
    case "true-false":
      return { type: "true-false", value: !p.answer };
    case "numeric":
      // Well outside the tolerance band, however wide it is.
      return { type: "numeric", value: p.answer + 10 * p.tolerance + Math.abs(p.answer) + 1000 };
    case "matching":
      return { type: "matching", matches: {} };
    case "ordering":
      return { type: "ordering", order: p.items.map((i) => i.id).reverse() };
  }
}
