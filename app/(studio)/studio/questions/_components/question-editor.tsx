"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useDeferredValue, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextArea } from "@/components/ui/text-area";
import { useValidatedAction } from "@/components/ui/use-validated-action";
import { formOf, type QuestionForm } from "@/lib/studio/question-form";
import { saveQuestionSchema, type SaveQuestionInput } from "@/lib/validation/studio";
import { saveQuestionAction } from "../../actions";
import { useUnsavedWarning } from "../../_components/use-unsaved-warning";
import { QuestionFields, type FieldChoices } from "./question-fields";
import { QuestionPreview } from "./question-preview";
import { noticeClass } from "@/components/ui/notice";

type View = { kind: "form"; form: QuestionForm; opened: number } | { kind: "yaml"; problem?: string };

function viewOf(source: string, opened: number): View {
  const read = formOf(source);
  return read.ok ? { kind: "form", form: read.form, opened } : { kind: "yaml", problem: read.problem };
}

const toggle =
  "rounded-md px-3 py-1.5 text-sm font-semibold text-slate-700 aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow-sm dark:text-slate-300 dark:aria-pressed:bg-slate-900 dark:aria-pressed:text-slate-100";

/**
 * The question as a form (or, for power users, in the bank's YAML format) beside
 * the learner's view of it. Both views edit the one YAML source the save takes.
 */
export function QuestionEditor({ questionId, source, domains, modules }: FieldChoices & { questionId?: string; source: string }) {
  const router = useRouter();
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<SaveQuestionInput, unknown, { questionId: string }>(
    saveQuestionAction,
    zodResolver(saveQuestionSchema),
    { questionId: questionId ?? "", source },
  );
  const yaml = useDeferredValue(form.watch("source") ?? "");
  const savedId = state.status === "success" ? state.data?.questionId : undefined;
  useEffect(() => {
    if (state.status !== "success") return;
    form.reset(form.getValues());
    if (savedId && savedId !== questionId) router.replace(`/studio/questions/${savedId}?saved=new`);
    else router.refresh();
  }, [state, savedId, questionId, router, form]);
  useUnsavedWarning(form.formState.isDirty);
  const [view, setView] = useState<View>(() => viewOf(source, 0));
  const { setValue, getValues } = form;
  const onSource = useCallback((next: string) => {
    if (next !== getValues("source")) setValue("source", next, { shouldDirty: true });
  }, [getValues, setValue]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-6 grid gap-6 lg:grid-cols-2" aria-label="Question">
      <div className="space-y-4">
        <input type="hidden" {...form.register("questionId")} />
        <div role="group" aria-label="Editor view" className="inline-flex gap-1 rounded-lg bg-slate-100 p-1 dark:bg-slate-800">
          <button type="button" className={toggle} aria-pressed={view.kind === "form"} onClick={() => view.kind !== "form" && setView(viewOf(getValues("source") ?? "", Date.now()))}>
            Form
          </button>
          <button type="button" className={toggle} aria-pressed={view.kind === "yaml"} onClick={() => setView({ kind: "yaml" })}>
            Edit as YAML
          </button>
        </div>
        {view.kind === "yaml" && view.problem && (
          <p role="alert" className={noticeClass("warning")}>
            This question opens as YAML. {view.problem}
          </p>
        )}
        {view.kind === "form" && (
          <>
            <QuestionFields key={view.opened} initial={view.form} idLocked={Boolean(questionId)} onSource={onSource} domains={domains} modules={modules} />
            {errorFor("source") && (
              <p role="alert" className={noticeClass("error")}>
                {errorFor("source")}
              </p>
            )}
          </>
        )}
        {/* Stays mounted in the form view: it carries the source the form writes to the save. */}
        <div hidden={view.kind !== "yaml"}>
          <TextArea
            id="question-source"
            label="Question (bank YAML)"
            hint="The format of prisma/content/questions: type, stem, options with an explanation each, domain, task, difficulty, tags."
            rows={30}
            inputClassName="font-mono text-sm"
            spellCheck={false}
            error={errorFor("source")}
            {...form.register("source")}
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save question"}
          </Button>
          {form.formState.isDirty && <span className="text-sm text-slate-700 dark:text-slate-300">Unsaved changes</span>}
          <FormMessage status={state.status} message={state.message} />
        </div>
      </div>
      <section aria-labelledby="question-preview-heading" className="self-start rounded-xl border border-slate-200 p-5 lg:sticky lg:top-4 dark:border-slate-800">
        <h2 id="question-preview-heading" className="mb-3 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
          Preview as learners see it
        </h2>
        <QuestionPreview source={yaml} />
      </section>
    </form>
  );
}
