"use client";

import { useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { inviteAction } from "../actions";

/** Pasted addresses or a CSV file; a bad row is reported by number and nothing is imported. */
export function InviteForm() {
  const { state, pending, formProps } = useActionForm<string>(inviteAction, { resetOnSuccess: true });
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState("");
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileName(file?.name ?? "");
    setCsv(file ? await file.text() : "");
  };
  const rowErrors = Object.entries(state.fieldErrors ?? {}).filter(([k]) => k.startsWith("rows."));
  return (
    <form {...formProps} className="space-y-4" aria-describedby="invite-help">
      <p id="invite-help" className="text-sm text-slate-600 dark:text-slate-400">
        One address per line (or separated by commas), and/or a CSV file with an <code>email</code> column. If any row is wrong, nobody is invited until it is fixed.
      </p>
      <div>
        <label htmlFor="invite-emails" className="block text-sm font-medium">
          Email addresses
        </label>
        <textarea
          id="invite-emails"
          name="emails"
          rows={4}
          aria-invalid={state.fieldErrors?.emails ? true : undefined}
          aria-describedby="invite-emails-error"
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
        <p id="invite-emails-error" className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite">
          {state.fieldErrors?.emails}
        </p>
      </div>
      <div>
        <label htmlFor="invite-csv" className="block text-sm font-medium">
          CSV file
        </label>
        <input id="invite-csv" type="file" accept=".csv,text/csv" onChange={onFile} className="mt-1 block text-sm" />
        <input type="hidden" name="csv" value={csv} />
        {fileName && <p className="text-sm text-slate-600 dark:text-slate-400">{fileName} read.</p>}
      </div>
      <Button type="submit" disabled={pending}>
        Invite
      </Button>
      <FormMessage status={state.status} message={state.message} />
      {rowErrors.length > 0 && (
        <div role="region" aria-label="Rows to fix" data-testid="invite-report">
          <p className="text-sm font-semibold">Rows to fix</p>
          <ul className="mt-1 list-disc pl-5 text-sm text-red-800 dark:text-red-300">
            {rowErrors.map(([k, message]) => (
              <li key={k}>{message}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
