"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useDeferredValue, useRef, useState, type ChangeEvent } from "react";
import { LessonMarkdown } from "@/components/markdown/lesson-markdown";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useValidatedAction } from "@/components/ui/use-validated-action";
import { countWords } from "@/lib/content/words";
import type { LessonDraft } from "@/lib/studio/lesson-draft";
import { MIN_LESSON_WORDS } from "@/lib/studio/publish-rules";
import { IMAGE_LIMITS } from "@/lib/studio/images";
import { lessonDraftSchema, type LessonDraftInput } from "@/lib/validation/studio";
import { saveLessonDraftAction } from "../../../actions";
import { useUnsavedWarning } from "../../../_components/use-unsaved-warning";

/**
 * The lesson editor: markdown on the left, the lesson as learners will see it
 * on the right, rendered by the same component and sanitiser as the lesson page.
 */
export function LessonEditor({ lessonId, content }: { lessonId: string; content: LessonDraft }) {
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<LessonDraftInput, unknown>(
    saveLessonDraftAction,
    zodResolver(lessonDraftSchema),
    { lessonId, title: content.title, minutes: String(content.minutes), objectives: content.objectives.join("\n"), body: content.body },
  );
  const body = useDeferredValue(form.watch("body") ?? "");
  const words = countWords(body);
  const [saved, setSaved] = useState(state);
  if (saved !== state) {
    setSaved(state);
    // What was just saved is the new baseline for "unsaved changes".
    if (state.status === "success") form.reset(form.getValues());
  }
  useUnsavedWarning(form.formState.isDirty);

  const bodyField = form.register("body");
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [upload, setUpload] = useState<{ status: "idle" | "error" | "success"; message?: string }>({ status: "idle" });
  const insertImage = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const data = new FormData();
    data.set("image", file);
    setUpload({ status: "idle" });
    const response = await fetch("/api/studio/images", { method: "POST", body: data });
    const result = (await response.json().catch(() => ({}))) as { url?: string; error?: string };
    if (!response.ok || !result.url) {
      setUpload({ status: "error", message: result.error ?? "The image could not be uploaded." });
      return;
    }
    const alt = file.name.replace(/\.[a-z]+$/i, "").replace(/[-_]+/g, " ");
    const at = textarea.current?.selectionStart ?? body.length;
    const current = form.getValues("body");
    form.setValue("body", `${current.slice(0, at)}\n\n![${alt}](${result.url})\n\n${current.slice(at)}`, { shouldDirty: true });
    setUpload({ status: "success", message: `Image inserted. Describe it in the brackets so screen readers can say what it shows.` });
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-6 space-y-2" aria-label="Lesson">
      <input type="hidden" {...form.register("lessonId")} />
      <div className="grid gap-x-4 sm:grid-cols-[minmax(0,1fr)_10rem]">
        <TextField id="lesson-title" label="Title" required error={errorFor("title")} {...form.register("title")} />
        <TextField id="lesson-minutes" label="Minutes" inputMode="numeric" hint="Reading (~200 words a minute) plus exercises." required error={errorFor("minutes")} {...form.register("minutes")} />
      </div>
      <TextArea id="lesson-objectives" label="Learning objectives" hint="One per line." rows={3} required error={errorFor("objectives")} {...form.register("objectives")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <div>
          <TextArea
            id="lesson-body"
            label="Lesson (markdown)"
            hint={`Headings from ## down, lists, tables, images. No raw HTML. ${words} words${words < MIN_LESSON_WORDS ? `: at least ${MIN_LESSON_WORDS} to publish` : ""}.`}
            rows={28}
            inputClassName="font-mono"
            error={errorFor("body")}
            {...bodyField}
            ref={(element) => {
              bodyField.ref(element);
              textarea.current = element;
            }}
          />
          <div className="flex flex-wrap items-center gap-3">
            <label htmlFor="lesson-image" className="text-sm font-medium">
              Insert an image
            </label>
            <input id="lesson-image" type="file" accept={IMAGE_LIMITS.types.join(",")} onChange={insertImage} className="text-sm" aria-describedby="lesson-image-hint" />
            <p id="lesson-image-hint" className="text-sm text-slate-600 dark:text-slate-400">
              PNG, JPEG, WebP or GIF, up to {IMAGE_LIMITS.maxBytes / 1_000_000} MB.
            </p>
          </div>
          <FormMessage status={upload.status} message={upload.message} />
        </div>
        <section aria-labelledby="preview-heading" className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          <h2 id="preview-heading" className="mb-3 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            Preview as learners see it
          </h2>
          <LessonMarkdown source={body} />
        </section>
      </div>
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3 dark:border-slate-800 dark:bg-slate-950/95">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save draft"}
        </Button>
        {form.formState.isDirty && <span className="text-sm text-slate-700 dark:text-slate-300">Unsaved changes</span>}
        <FormMessage status={state.status} message={state.message} />
      </div>
    </form>
  );
}
