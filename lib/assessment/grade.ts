// Grading, from the stored key and the stored response only.
import type { Grade, Payload, Response } from "./types";

const EPSILON = 1e-9;

export function gradeResponse(payload: Payload, response: Response | null): Grade {
  if (!response || response.type !== payload.type) return { credit: 0, correct: false };
  switch (payload.type) {
    case "single": {
      const r = response as Extract<Response, { type: "single" }>;
      const option = payload.options.find((o) => o.id === r.choice);
      const credit = option?.credit ?? 0;
      return { credit, correct: Boolean(option?.correct) };
    }
    case "multiple": {
      const r = response as Extract<Response, { type: "multiple" }>;
      const chosen = new Set(r.choices);
      const right = payload.options.filter((o) => o.correct);
      const hits = right.filter((o) => chosen.has(o.id)).length;
      const misses = payload.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      const correct = hits === right.length && misses === 0;
      if (payload.scoring === "all-or-nothing") return { credit: correct ? 1 : 0, correct };
      if (payload.scoring === "weighted") {
        // The right options' weights add up to 1 only within rounding (thirds written as 0.333333): the exact answer earns 1.
        if (correct) return { credit: 1, correct };
        const sum = payload.options.reduce((total, o) => total + (chosen.has(o.id) ? o.credit : 0), 0);
        return { credit: Math.min(1, Math.max(0, Math.round(sum * 1e6) / 1e6)), correct };
      }
      // Each wrong choice cancels a right one, so choosing everything earns nothing.
      return { credit: Math.max(0, (hits - misses) / right.length), correct };
    }
    case "true-false": {
      const r = response as Extract<Response, { type: "true-false" }>;
      const correct = r.value === payload.answer;
      return { credit: correct ? 1 : 0, correct };
    }
    case "numeric": {
      const r = response as Extract<Response, { type: "numeric" }>;
      const correct = Number.isFinite(r.value) && Math.abs(r.value - payload.answer) <= payload.tolerance + EPSILON;
      return { credit: correct ? 1 : 0, correct };
    }
    case "matching": {
      const r = response as Extract<Response, { type: "matching" }>;
      const right = payload.pairs.filter((p) => r.matches[p.id] === p.matchId).length;
      return { credit: right / payload.pairs.length, correct: right === payload.pairs.length };
    }
    case "ordering": {
      const r = response as Extract<Response, { type: "ordering" }>;
      const key = payload.items.map((i) => i.id);
      if (r.order.length !== key.length || new Set(r.order).size !== key.length || !r.order.every((id) => key.includes(id))) {
        return { credit: 0, correct: false };
      }
      // Share of item pairs in the right relative order (Kendall's tau, rescaled to 0..1).
      const rank = new Map(r.order.map((id, i) => [id, i]));
      let agree = 0;
      let pairs = 0;
      for (let i = 0; i < key.length; i++) {
        for (let j = i + 1; j < key.length; j++) {
          pairs++;
          if (rank.get(key[i]!)! < rank.get(key[j]!)!) agree++;
        }
      }
      return { credit: agree / pairs, correct: agree === pairs };
    }
  }
}
