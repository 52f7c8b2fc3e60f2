"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useValidatedAction } from "@/components/ui/use-validated-action";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-limits";
import { registerSchema, type RegisterInput } from "@/lib/validation/auth";
import { NAME_MAX } from "@/lib/validation/person-name";
import { registerAction } from "../actions";

export function RegisterForm() {
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<RegisterInput>(
    registerAction,
    zodResolver(registerSchema) as never,
  );
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">Required fields are marked *</p>
      <TextField
        label="Name"
        autoComplete="name"
        required
        maxLength={NAME_MAX}
        hint="As it should appear on your certificates."
        error={errorFor("name")}
        {...form.register("name")}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        hint="We use it to sign you in. It is never shown to other learners."
        error={errorFor("email")}
        {...form.register("email")}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={NEW_PASSWORD_HINT}
        error={errorFor("password")}
        {...form.register("password")}
      />
      <FormMessage status={state.status} message={state.message} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
