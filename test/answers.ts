// Answers to attempt items, read from the key in the database (as only a test may).
import type { Payload, Response } from "@/lib/assessment/types";
import { testDb } from "./helpers";
import { rightResponse, wrongResponse } from "./responses";

async function payloadOf(attemptId: string, position: number): Promise<Payload> {
  const item = await testDb.attemptItem.findUniqueOrThrow({
    where: { attemptId_position: { attemptId, position } },
    select: { questionVersion: { select: { payload: true } } },
  });
  return JSON.parse(item.questionVersion.payload) as Payload;
}

export async function rightAnswer(attemptId: string, position: number): Promise<Response> {
  return rightResponse(await payloadOf(attemptId, position));
}

export async function wrongAnswer(attemptId: string, position: number): Promise<Response> {
  return wrongResponse(await payloadOf(attemptId, position));
}
