// Errors Next.js catches outside the action client and route handlers (a page's
// render, mostly), as instrumentation.ts hands them over: a storage failure
// becomes one structured log line with the request's id; any other error keeps
// Next's own report.
import type { Logger } from "pino";
import { log } from "./log";
import { REQUEST_ID_HEADER } from "./request-id";
import { storageFailureOf, storageFailureOfDigest } from "./storage-failure";
import { logStorageFailure } from "./storage-failure-log";

type ErrorRequest = Readonly<{ path: string; method: string; headers: NodeJS.Dict<string | string[]> }>;
type ErrorContext = Readonly<{ routePath: string; routeType: string }>;

/** Logs a storage failure in one line; false for any other error, which is left to Next.js. */
export function reportStorageFailure(error: unknown, request: ErrorRequest, context: ErrorContext, logger: Logger = log): boolean {
  const failure = storageFailureOf(error);
  if (!failure) return false;
  const id = request.headers[REQUEST_ID_HEADER];
  // The path without its query, which may carry a token.
  const fields = { method: request.method, path: request.path.split("?")[0], route: context.routePath, during: context.routeType };
  logStorageFailure(typeof id === "string" ? logger.child({ reqId: id }) : logger, failure, error, fields);
  return true;
}

/**
 * Next.js prints each error it catches to stderr, stack and all, before calling
 * onRequestError; a storage failure from the data layer (known by its digest) is
 * reported there instead, so its print is dropped.
 */
export function quietStorageFailures(target: Pick<Console, "error"> = console) {
  const print = target.error.bind(target);
  target.error = (...args: unknown[]) => {
    if (args.some((arg) => storageFailureOfDigest((arg as { digest?: unknown } | null)?.digest))) return;
    print(...args);
  };
}
