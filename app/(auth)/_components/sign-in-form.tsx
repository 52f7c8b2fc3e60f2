"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useValidatedAction } from "@/components/ui/use-validated-action";
import { signInSchema, type SignInInput } from "@/lib/validation/auth";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<SignInInput>(
    signInAction,
    zodResolver(signInSchema) as never,
    { callbackUrl },
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">Required fields are marked *</p>
      <input type="hidden" {...form.register("callbackUrl")} />
      <TextField label="Email" type="email" autoComplete="email" required error={errorFor("email")} {...form.register("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errorFor("password")}
        {...form.register("password")}
      />
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
