// Answers to attempt items, read from the key in the database (as only a test may).
import type { Payload, Response } from "@/lib/assessment/types";
import { testDb } from "./helpers";

export async function rightAnswer(attemptId: string, position: number): Promise<Response> {
  const item = await testDb.attemptItem.findUniqueOrThrow({
    where: { attemptId_position: { attemptId, position } },
    select: { questionVersion: { select: { payload: true } } },
  });
  const p = JSON.parse(item.questionVersion.payload) as Payload;
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

export async function wrongAnswer(attemptId: string, position: number): Promise<Response> {
  const right = await rightAnswer(attemptId, position);
  switch (right.type) {
    case "true-false":
      return { type: "true-false", value: !right.value };
    case "numeric":
      return { type: "numeric", value: right.value + 1000 };
    case "single": {
      const item = await testDb.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position } }, select: { questionVersion: { select: { payload: true } } } });
      const p = JSON.parse(item.questionVersion.payload) as Extract<Payload, { type: "single" }>;
      return { type: "single", choice: p.options.find((o) => o.credit === 0)!.id };
    }
    case "multiple":
      return { type: "multiple", choices: [] };
    case "matching":
      return { type: "matching", matches: {} };
    case "ordering":
      return { type: "ordering", order: [...right.order].reverse() };
  }
}

