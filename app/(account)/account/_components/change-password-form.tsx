"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useValidatedAction } from "@/components/ui/use-validated-action";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-limits";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/account";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm() {
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<ChangePasswordInput>(
    changePasswordAction,
    zodResolver(changePasswordSchema) as never,
  );
  // Passwords do not linger in the fields once changed.
  useEffect(() => {
    if (state.status === "success") form.reset();
  }, [state, form]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="max-w-md space-y-2">
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errorFor("currentPassword")}
        {...form.register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={NEW_PASSWORD_HINT}
        error={errorFor("newPassword")}
        {...form.register("newPassword")}
      />
      <TextField
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        error={errorFor("confirmPassword")}
        {...form.register("confirmPassword")}
      />
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
