"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useValidatedAction } from "@/components/ui/use-validated-action";
import {
  addLessonSchema,
  coauthorSchema,
  moduleDetailsSchema,
  updateModuleSchema,
  type AddLessonInput,
  type CoauthorInput,
  type ModuleDetailsInput,
  type UpdateModuleInput,
} from "@/lib/validation/studio";
import { addCoauthorAction, addLessonAction, addModuleAction, publishCourseAction, unpublishCourseAction, updateModuleAction } from "../../../actions";

export function AddModuleForm({ courseId }: { courseId: string }) {
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<ModuleDetailsInput, unknown>(addModuleAction, zodResolver(moduleDetailsSchema), {
    courseId,
    title: "",
    summary: "",
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-1" aria-label="Add a module">
      <input type="hidden" {...form.register("courseId")} />
      <TextField id="new-module-title" label="Module title" required error={errorFor("title")} {...form.register("title")} />
      <TextField id="new-module-summary" label="Summary" hint="One sentence." required error={errorFor("summary")} {...form.register("summary")} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Adding…" : "Add module"}
        </Button>
        <FormMessage status={state.status} message={state.message} />
      </div>
    </form>
  );
}

export function ModuleForm({ moduleId, title, summary }: { moduleId: string; title: string; summary: string }) {
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<UpdateModuleInput, unknown>(updateModuleAction, zodResolver(updateModuleSchema), {
    moduleId,
    title,
    summary,
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-1" aria-label={`Module ${title}`}>
      <input type="hidden" {...form.register("moduleId")} />
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField id={`module-${moduleId}-title`} label="Module title" required error={errorFor("title")} {...form.register("title")} />
        <TextField id={`module-${moduleId}-summary`} label="Summary" required error={errorFor("summary")} {...form.register("summary")} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending || !form.formState.isDirty}>
          {pending ? "Saving…" : "Save module"}
        </Button>
        <FormMessage status={state.status} message={state.message} />
      </div>
    </form>
  );
}

export function AddLessonForm({ moduleId }: { moduleId: string }) {
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<AddLessonInput, unknown>(addLessonAction, zodResolver(addLessonSchema), {
    moduleId,
    title: "",
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3" aria-label="Add a lesson">
      <input type="hidden" {...form.register("moduleId")} />
      <TextField id={`new-lesson-${moduleId}`} label="New lesson title" className="min-w-64 flex-1" error={errorFor("title") ?? state.message} {...form.register("title")} />
      <Button type="submit" variant="secondary" className="sm:mt-6" disabled={pending}>
        {pending ? "Adding…" : "Add lesson"}
      </Button>
    </form>
  );
}

export function CoauthorForm({ courseId }: { courseId: string }) {
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<CoauthorInput, unknown>(addCoauthorAction, zodResolver(coauthorSchema), {
    courseId,
    email: "",
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-1" aria-label="Add a co-author">
      <input type="hidden" {...form.register("courseId")} />
      <TextField id="coauthor-email" type="email" label="Add a co-author (instructor's email)" autoComplete="off" error={errorFor("email")} {...form.register("email")} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Adding…" : "Add co-author"}
        </Button>
        <FormMessage status={state.status === "success" ? "success" : "idle"} message={state.message} />
      </div>
    </form>
  );
}

export function PublishForm({ courseId, published, changes }: { courseId: string; published: boolean; changes: boolean }) {
  const publish = useActionForm(publishCourseAction);
  const unpublish = useActionForm(unpublishCourseAction);
  const state = unpublish.state.status !== "idle" && !publish.pending ? unpublish.state : publish.state;
  return (
    <div className="mt-4 space-y-3">
      <div className="flex flex-wrap gap-2">
        {(!published || changes) && (
          <form {...publish.formProps} aria-label="Publish">
            <input type="hidden" name="courseId" value={courseId} />
            <button type="submit" className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60 dark:bg-emerald-400 dark:text-slate-950" disabled={publish.pending}>
              {publish.pending ? "Publishing…" : published ? "Publish changes" : "Publish course"}
            </button>
          </form>
        )}
        {published && (
          <form {...unpublish.formProps} aria-label="Unpublish">
            <input type="hidden" name="courseId" value={courseId} />
            <Button type="submit" variant="secondary" disabled={unpublish.pending}>
              {unpublish.pending ? "Unpublishing…" : "Unpublish"}
            </Button>
          </form>
        )}
      </div>
      <FormMessage status={state.status} message={state.message} />
    </div>
  );
}
