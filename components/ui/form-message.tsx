/** The form-level outcome of a submission, announced to screen readers. */
export function FormMessage({ status, message }: { status: "idle" | "error" | "success"; message?: string }) {
  return (
    <div aria-live="polite" data-testid="form-message">
      {message && status !== "idle" && (
        <p
          className={`rounded-md px-3 py-2 text-sm ${
            status === "error"
              ? "bg-red-50 text-red-800 ring-1 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-900"
              : "bg-brand-50 text-brand-800 ring-1 ring-brand-100 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-900"
          }`}
        >
          {message}
        </p>
      )}
    </div>
  );
}
