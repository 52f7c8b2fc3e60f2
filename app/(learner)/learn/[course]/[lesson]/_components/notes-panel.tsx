"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { NOTE_MAX } from "@/lib/validation/study-limits";
import { saveNoteAction } from "@/app/(learner)/study-actions";

export function NotesPanel({ lessonId, note }: { lessonId: string; note: string }) {
  const { state, pending, formProps } = useActionForm<"lessonId" | "body">(saveNoteAction);
  const error = state.fieldErrors?.body ?? state.fieldErrors?.lessonId;
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="lessonId" value={lessonId} />
      <label htmlFor="lesson-note" className="block font-semibold">
        My notes <span className="font-normal text-slate-600 dark:text-slate-400">(only you can see these)</span>
      </label>
      <textarea
        id="lesson-note"
        name="body"
        defaultValue={note}
        maxLength={NOTE_MAX}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby="lesson-note-error"
        className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900"
        placeholder="Key points, questions to revisit, how this applies at work…"
      />
      <p id="lesson-note-error" className="text-sm text-red-700 dark:text-red-400" aria-live="polite">
        {error}
      </p>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Saving…" : "Save note"}
        </Button>
        {state.status === "success" && <FormMessage status="success" message={state.message} />}
      </div>
    </form>
  );
}
