import { Button } from "@/components/ui/button";
import { STORAGE_FAILURE_MESSAGE, storageFailureOfDigest } from "@/lib/storage-failure";

/**
 * What the error pages say: a storage failure (named by the digest the data
 * layer gives it) in plain words, anything else as a bug that has been logged.
 * Try again fetches the page afresh: a server error does not go away by
 * rendering the same result again.
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const storage = storageFailureOfDigest((error as { digest?: unknown } | null)?.digest) !== null;
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-3xl font-bold">{storage ? "Changes cannot be saved right now" : "Something went wrong"}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        {storage ? STORAGE_FAILURE_MESSAGE : "The problem has been logged. Try again, and if it keeps happening, come back later."}
      </p>
      <Button className="mt-6" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
