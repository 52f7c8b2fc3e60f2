"use client";

import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { EndSessionFields } from "@/lib/validation/account";
import { endSessionAction } from "../actions";

export function EndSessionForm({ sessionId, label }: { sessionId: string; label: string }) {
  const { state, pending, formProps } = useActionForm<EndSessionFields>(endSessionAction);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <Button type="submit" variant="secondary" className="py-1.5" disabled={pending} aria-label={`Sign out ${label}`}>
        {pending ? "Signing out…" : "Sign out"}
      </Button>
      <span aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {state.status === "error" ? state.message : null}
      </span>
    </form>
  );
}
