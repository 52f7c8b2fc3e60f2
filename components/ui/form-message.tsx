import { noticeClass } from "./notice";

/** The form-level outcome of a submission, announced to screen readers. */
export function FormMessage({ status, message }: { status: "idle" | "error" | "success"; message?: string }) {
  return (
    <div aria-live="polite" data-testid="form-message">
      {message && status !== "idle" && (
        <p className={noticeClass(status === "error" ? "error" : "success")}>
          {message}
        </p>
      )}
    </div>
  );
}
