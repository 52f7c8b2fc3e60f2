// A database that cannot take writes (a full disk, a read-only file or mount) is
// an operations problem, not a bug: the person gets a plain message, and the log
// one line saying what to fix, instead of a stack trace per request. Nothing here
// is server-only: the error page reads the digest.
// PostgreSQL refuses writes in a read-only transaction (25006): a standby after a failover,
// or default_transaction_read_only; a full disk there is "No space left on device".
const READ_ONLY = /SQLITE_READONLY|readonly database|read-only file system|EROFS|read-only transaction/i;
const FULL = /SQLITE_FULL|database or disk is full|ENOSPC|no space left/i;

export type StorageFailure = "read-only" | "full";

export const STORAGE_FAILURE_MESSAGE =
  "Kaizen Academy cannot save changes right now: its storage is unavailable. Nothing you did caused this, and the administrators have been told. What you see is still there; try again later.";

/** What the log line tells an operator to do. */
export const STORAGE_FAILURE_HINT: Record<StorageFailure, string> = {
  "read-only": "make the database writable (the SQLite file and its directory, or a PostgreSQL primary that accepts writes)",
  full: "free disk space",
};

// In production Next.js replaces a server error's message with a hash on its way
// to the error page, but keeps a digest the error already has: this one survives.
const DIGEST_PREFIX = "KAIZEN_STORAGE_FAILURE;";

/** The storage failure a digest names (the error page's `error.digest`), or null. */
export function storageFailureOfDigest(digest: unknown): StorageFailure | null {
  if (typeof digest !== "string" || !digest.startsWith(DIGEST_PREFIX)) return null;
  const failure = digest.slice(DIGEST_PREFIX.length);
  return failure === "read-only" || failure === "full" ? failure : null;
}

/**
 * What the data layer throws in place of a driver's storage error: the driver's
 * last line without a stack (the cause is outside the code, and Prisma's message
 * quotes the calling source), and the digest the error page recognises.
 */
export class StorageFailureError extends Error {
  readonly failure: StorageFailure;
  readonly digest: string;

  constructor(failure: StorageFailure, detail: string) {
    super(detail);
    this.name = "StorageFailureError";
    this.failure = failure;
    this.digest = `${DIGEST_PREFIX}${failure}`;
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** The error in a chain of causes that names a storage failure, and which kind. */
function findStorageFailure(error: unknown): { failure: StorageFailure; error: unknown } | null {
  // Auth.js wraps what its callbacks throw as `cause: { err }`.
  const next = (e: unknown) => (e as { cause?: unknown }).cause ?? (e as { err?: unknown }).err;
  for (let e: unknown = error, depth = 0; e && depth < 5; e = next(e), depth++) {
    const tagged = storageFailureOfDigest((e as { digest?: unknown }).digest);
    if (tagged) return { failure: tagged, error: e };
    const text = `${String((e as { code?: unknown }).code ?? "")} ${e instanceof Error ? e.message : String(e)} ${JSON.stringify((e as { meta?: unknown }).meta ?? "")}`;
    if (READ_ONLY.test(text)) return { failure: "read-only", error: e };
    if (FULL.test(text)) return { failure: "full", error: e };
  }
  return null;
}

/** What kind of storage failure an error is (looking through causes), or null for any other error. */
export function storageFailureOf(error: unknown): StorageFailure | null {
  return findStorageFailure(error)?.failure ?? null;
}

/** The driver's own words: the last line of the failing error's message (Prisma's first lines quote the calling code). */
export function storageFailureDetail(error: unknown): string {
  const failing = findStorageFailure(error)?.error ?? error;
  const message = failing instanceof Error ? failing.message : String(failing);
  return message.trim().split("\n").slice(-1)[0]!.trim();
}

/** A storage error as a StorageFailureError; any other error unchanged. */
export function asStorageFailure(error: unknown): unknown {
  if (storageFailureOfDigest((error as { digest?: unknown } | null)?.digest)) return error;
  const failure = storageFailureOf(error);
  return failure ? new StorageFailureError(failure, storageFailureDetail(error)) : error;
}
