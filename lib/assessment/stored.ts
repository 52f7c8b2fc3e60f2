// Reading the JSON columns of attempts and question versions. A value that
// cannot be read reads as empty rather than crashing a page or a submission.
import type { Payload, Response } from "./types";

export function parseJson<T>(json: string | null, fallback: T): T {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

/** A stored key; an unreadable one grades as nothing. */
export const payloadOf = (json: string): Payload => parseJson<Payload>(json, { type: "ordering", items: [] });

export const responseOf = (json: string | null): Response | null => parseJson<Response | null>(json, null);

export const sectionBreaksOf = (json: string | null): number[] => parseJson<number[]>(json, []);
