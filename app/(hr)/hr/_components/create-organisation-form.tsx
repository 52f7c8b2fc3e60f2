"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { OrganisationFields } from "@/lib/validation/hr";
import { createOrganisationAction } from "../actions";

export function CreateOrganisationForm() {
  const { state, pending, formProps } = useActionForm<OrganisationFields>(createOrganisationAction, { resetOnSuccess: true });
  return (
    <form {...formProps} className="mt-6 max-w-md space-y-3">
      <TextField label="Organisation name" name="name" required maxLength={100} error={state.fieldErrors?.name} />
      <TextField label="HR person's email" name="hrEmail" type="email" required error={state.fieldErrors?.hrEmail} />
      <Button type="submit" disabled={pending}>
        Create organisation
      </Button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
