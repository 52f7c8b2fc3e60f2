// The server's structured log: one JSON line per event on stdout (pino), each
// carrying the request's id where there is a request. Secrets and learners'
// answers never reach it: the keys below are replaced wherever they appear in
// a logged object (to two levels), so a careless `log.info({ input })` is safe.
import pino, { type DestinationStream, type Logger } from "pino";
import { REQUEST_ID_HEADER } from "./request-id";

const SENSITIVE = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "secret",
  "token",
  "sessionToken",
  "authorization",
  "cookie",
  "set-cookie",
  "AUTH_SECRET",
  "DATABASE_URL",
  "response",
  "responses",
  "answer",
  "answers",
  "correct",
  "key",
  "solution",
];

export const REDACTED_PATHS = SENSITIVE.flatMap((key) => {
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const dot = k.startsWith("[") ? k : `.${k}`;
  return [k, `*${dot}`, `*.*${dot}`];
});

export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info")): Logger {
  return pino(
    {
      level,
      base: { app: "kaizen-academy" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

const globalForLog = globalThis as unknown as { kaizenLog?: Logger };
export const log = (globalForLog.kaizenLog ??= createLogger());

/** The logger for the current request, with its id on every line; the plain one outside a request. */
export async function requestLog(base: Logger = log): Promise<Logger> {
  try {
    const { headers } = await import("next/headers");
    const id = (await headers()).get(REQUEST_ID_HEADER);
    return id ? base.child({ reqId: id }) : base;
  } catch {
    return base;
  }
}
