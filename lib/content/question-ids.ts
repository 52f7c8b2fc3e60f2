// Where stored questions get their opaque ids: random bytes, so an id carries
// nothing of the key (see lib/assessment/opaque-ids.ts).
import crypto from "node:crypto";
import { opaqueIds } from "@/lib/assessment/opaque-ids";

/** 48 random bits as 8 url-safe characters: unguessable, short in the RSC payload. */
const randomId = () => crypto.randomBytes(6).toString("base64url");

/** A fresh source of random ids, distinct within one question. */
export const randomOpaqueIds = (): (() => string) => opaqueIds(randomId);
