"use client";

import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { changeRoleAction } from "../actions";

export function RoleForm({ userId, userName, role, disabled }: { userId: string; userName: string; role: Role; disabled?: boolean }) {
  const { state, pending, formProps } = useActionForm<"userId" | "role">(changeRoleAction);
  const selectId = `role-${userId}`;
  const messageId = `role-msg-${userId}`;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="sr-only">
        Role for {userName}
      </label>
      <select
        id={selectId}
        name="role"
        defaultValue={role}
        disabled={disabled}
        aria-describedby={messageId}
        className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" className="py-1.5" disabled={disabled || pending} aria-label={`Save role for ${userName}`}>
        {pending ? "Saving…" : "Save"}
      </Button>
      <span
        id={messageId}
        aria-live="polite"
        data-testid={`role-message-${userId}`}
        className={`text-sm ${state.status === "error" ? "text-red-700 dark:text-red-400" : "text-brand-700 dark:text-emerald-300"}`}
      >
        {state.message}
      </span>
    </form>
  );
}
