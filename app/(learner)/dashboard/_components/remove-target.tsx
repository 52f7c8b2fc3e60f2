"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { idleState } from "@/lib/validation/form-state";
import { removeTargetAction } from "@/app/(learner)/dashboard-actions";

export function RemoveTarget({ code }: { code: string }) {
  const [state, action, pending] = useActionState(removeTargetAction, idleState<"targetCode">());
  return (
    <form action={action}>
      <input type="hidden" name="targetCode" value={code} />
      <Button type="submit" variant="ghost" className="px-2 py-1 text-sm" disabled={pending} aria-label={`Remove ${code} from my targets`}>
        Remove
      </Button>
      {state.status === "error" && <span className="text-sm text-red-700">{state.message}</span>}
    </form>
  );
}
