"use client";

import { useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";
import { importQuestionsAction } from "../../../actions";

type Target = { code: string; name: string; domains: string[] };

/** Choose a file, preview what it holds, then import it. */
export function ImportForm({ targets }: { targets: Target[] }) {
  const { state, pending, formProps } = useActionForm(importQuestionsAction);
  const [format, setFormat] = useState<"json" | "gift">("gift");
  const [target, setTarget] = useState(targets[0]?.code ?? "");
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("");
  const report = state.status === "success" ? state.data : undefined;
  const domains = targets.find((t) => t.code === target)?.domains ?? [];

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileName(file?.name ?? "");
    setText(file ? await file.text() : "");
    if (file?.name.endsWith(".json")) setFormat("json");
    if (file?.name.endsWith(".gift") || file?.name.endsWith(".txt")) setFormat("gift");
  };

  return (
    <form {...formProps} className="mt-6 space-y-3" aria-label="Import questions">
      <input type="hidden" name="text" value={text} />
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium">
          File
        </label>
        <input id="import-file" type="file" accept=".gift,.txt,.json,application/json,text/plain" onChange={readFile} className="text-sm" aria-describedby="import-file-error" />
        <p id="import-file-error" className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite">
          {state.fieldErrors?.text}
        </p>
      </div>
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium">Format</legend>
        {(["gift", "json"] as const).map((f) => (
          <label key={f} className="flex items-center gap-2 text-sm">
            <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
            {f === "gift" ? "Moodle GIFT" : "Kaizen JSON export"}
          </label>
        ))}
      </fieldset>
      {format === "gift" && (
        <div className="grid max-w-2xl gap-3 sm:grid-cols-2">
          <SelectField id="import-target" name="target" label="Bank" value={target} onChange={(e) => setTarget(e.target.value)} options={targets.map((t) => ({ value: t.code, label: t.name }))} error={state.fieldErrors?.target} />
          <SelectField id="import-domain" name="domain" label="Exam domain" options={domains.map((d) => ({ value: d, label: d }))} error={state.fieldErrors?.domain} />
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" name="intent" value="preview" variant="secondary" disabled={pending || !text}>
          {pending ? "Reading…" : "Preview"}
        </Button>
        <Button type="submit" name="intent" value="import" disabled={pending || !report || report.imported}>
          Import {fileName ? `“${fileName}”` : ""}
        </Button>
      </div>
      <FormMessage status={state.status} message={state.message} />
      {report && (
        <div className="grid gap-6 md:grid-cols-2" data-testid="import-report">
          <section aria-labelledby="import-items">
            <h2 id="import-items" className="font-semibold">
              {report.imported ? "Imported" : "Will be imported"} ({report.items.length})
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {report.items.map((i) => (
                <li key={i.id}>
                  <span className="font-mono text-xs">{i.id}</span> · {i.stem}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="import-skipped">
            <h2 id="import-skipped" className="font-semibold">
              Skipped ({report.skipped.length})
            </h2>
            <ul className="mt-2 space-y-1 text-sm" data-testid="import-skipped">
              {report.skipped.map((s) => (
                <li key={`${s.line}-${s.reason}`}>
                  Line {s.line}: {s.reason}
                </li>
              ))}
              {report.skipped.length === 0 && <li>Nothing.</li>}
            </ul>
            {report.notes.length > 0 && (
              <>
                <h2 className="mt-4 font-semibold">Imported with a change</h2>
                <ul className="mt-2 space-y-1 text-sm">
                  {report.notes.map((n) => (
                    <li key={`${n.line}-${n.id}`}>
                      Line {n.line} ({n.id}): {n.note}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </div>
      )}
    </form>
  );
}
