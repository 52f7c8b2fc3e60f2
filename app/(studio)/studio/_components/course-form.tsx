"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useValidatedAction } from "@/components/ui/use-validated-action";
import { LEVELS, saveCourseSchema, type SaveCourseInput } from "@/lib/validation/studio";
import { saveCourseAction } from "../actions";
import { useUnsavedWarning } from "./use-unsaved-warning";

type Props = {
  tracks: { id: string; title: string }[];
  /** The course being edited; a new course when absent. */
  course?: SaveCourseInput & { courseId: string };
};

/** New course, or a course's catalogue details. */
export function CourseForm({ tracks, course }: Props) {
  const editing = course !== undefined;
  const { state, pending, form, formRef, formAction, onSubmit, errorFor } = useValidatedAction<SaveCourseInput, unknown>(
    saveCourseAction,
    zodResolver(saveCourseSchema),
    course ?? { title: "", summary: "", description: "", level: "Beginner", trackId: tracks[0]?.id ?? "" },
  );
  useUnsavedWarning(form.formState.isDirty && state.status !== "success");
  const id = (field: string) => `course-${field}`;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-2" aria-label={editing ? "Course details" : "New course"}>
      {editing && <input type="hidden" {...form.register("courseId")} />}
      <TextField id={id("title")} label="Title" required error={errorFor("title")} {...form.register("title")} />
      <TextField id={id("summary")} label="Summary" hint="One or two sentences for the catalogue card." required error={errorFor("summary")} {...form.register("summary")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id={id("track")} label="Track" options={tracks.map((t) => ({ value: t.id, label: t.title }))} error={errorFor("trackId")} {...form.register("trackId")} />
        <SelectField id={id("level")} label="Level" options={LEVELS.map((l) => ({ value: l, label: l }))} error={errorFor("level")} {...form.register("level")} />
      </div>
      <TextArea id={id("description")} label="Description" hint="Markdown, shown on the course page." rows={5} error={errorFor("description")} {...form.register("description")} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : editing ? "Save details" : "Create course"}
        </Button>
        <FormMessage status={state.status} message={state.message} />
      </div>
    </form>
  );
}
