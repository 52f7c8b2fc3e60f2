"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useDeferredValue, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextArea } from "@/components/ui/text-area";
import { useValidatedAction } from "@/components/ui/use-validated-action";
import { saveQuestionSchema, type SaveQuestionInput } from "@/lib/validation/studio";
import { saveQuestionAction } from "../../actions";
import { useUnsavedWarning } from "../../_components/use-unsaved-warning";
import { QuestionPreview } from "./question-preview";

/** The question in the bank's YAML format beside the learner's view of it. */
export function QuestionEditor({ questionId, source }: { questionId?: string; source: string }) {
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
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-6 grid gap-6 lg:grid-cols-2" aria-label="Question">
      <div>
        <input type="hidden" {...form.register("questionId")} />
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
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save question"}
          </Button>
          {form.formState.isDirty && <span className="text-sm text-slate-700 dark:text-slate-300">Unsaved changes</span>}
          <FormMessage status={state.status} message={state.message} />
        </div>
      </div>
      <section aria-labelledby="question-preview-heading" className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
        <h2 id="question-preview-heading" className="mb-3 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
          Preview as learners see it
        </h2>
        <QuestionPreview source={yaml} />
      </section>
    </form>
  );
}
