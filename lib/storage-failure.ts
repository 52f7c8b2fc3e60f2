// A database that cannot take writes (a full disk, a read-only file or mount) is
// an operations problem, not a bug: the person gets a plain message, and the log
// one line saying what to fix, instead of a stack trace per request.
const READ_ONLY = /SQLITE_READONLY|readonly database|read-only file system|EROFS/i;
const FULL = /SQLITE_FULL|database or disk is full|ENOSPC|no space left/i;

export type StorageFailure = "read-only" | "full";

export const STORAGE_FAILURE_MESSAGE =
  "Kaizen Academy cannot save changes right now: its storage is unavailable. Nothing you did caused this, and the administrators have been told. What you see is still there; try again later.";

/** What kind of storage failure an error is (looking through causes), or null for any other error. */
export function storageFailureOf(error: unknown): StorageFailure | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const text = `${String((e as { code?: unknown }).code ?? "")} ${e instanceof Error ? e.message : String(e)} ${JSON.stringify((e as { meta?: unknown }).meta ?? "")}`;
    if (READ_ONLY.test(text)) return "read-only";
    if (FULL.test(text)) return "full";
  }
  return null;
}
