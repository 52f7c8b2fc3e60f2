// The one log line for a storage failure, wherever it is caught: an action, a
// route handler, a page's render (instrumentation.ts) or the session's touch.
import type { Logger } from "pino";
import { STORAGE_FAILURE_HINT, storageFailureDetail, type StorageFailure } from "./storage-failure";

export function logStorageFailure(logger: Logger, failure: StorageFailure, error: unknown, fields: Record<string, unknown> = {}, level: "error" | "warn" = "error") {
  logger[level]({ ...fields, storage: failure, detail: storageFailureDetail(error) }, `database ${failure}: writes fail; ${STORAGE_FAILURE_HINT[failure]}`);
}
