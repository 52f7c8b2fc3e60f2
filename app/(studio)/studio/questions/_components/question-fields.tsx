"use client";

import { useEffect, useMemo } from "react";
import { useFieldArray, useForm, useWatch, type Control, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { emptyItem, emptyOption, emptyPair, formErrors, keyOnly, ROW_LIMITS, sourceOf, weightsFor, type FormErrors, type QuestionForm } from "@/lib/studio/question-form";
import { QUESTION_TYPES } from "@/lib/studio/question-templates";
import { RowButtons } from "./row-buttons";

export type FieldChoices = {
  /** The target's blueprint domains, when the page knows them. */
  domains?: string[];
  /** Module quizzes the author may use, as "<course-slug>/<module-slug>". */
  modules?: { path: string; title: string }[];
};

type Props = FieldChoices & {
  initial: QuestionForm;
  /** A saved question keeps its id: past attempts refer to it. */
  idLocked: boolean;
  onSource: (source: string) => void;
};

const DIFFICULTIES = [
  { value: "1", label: "1 (recall)" },
  { value: "2", label: "2" },
  { value: "3", label: "3" },
  { value: "4", label: "4" },
  { value: "5", label: "5 (hard analysis)" },
];

const fieldset = "space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800";
const legend = "px-1 text-sm font-semibold text-slate-800 dark:text-slate-200";

/** A select over the known values, keeping a value from the source that is not among them. */
function choicesWith(values: { value: string; label: string }[], current: string, blank?: string) {
  const known = values.some((v) => v.value === current) || (blank !== undefined && current === "");
  return [...(blank !== undefined ? [{ value: "", label: blank }] : []), ...(known ? [] : [{ value: current, label: current }]), ...values];
}

/** The question as fields, one set per item type; every change is written back to the YAML source. */
export function QuestionFields({ initial, idLocked, onSource, domains, modules }: Props) {
  const { register, control, setValue, getValues } = useForm<QuestionForm>({ defaultValues: initial });
  const values = useWatch({ control }) as QuestionForm;
  const errors = useMemo(() => formErrors(values), [values]);
  useEffect(() => {
    onSource(sourceOf(values));
  }, [values, onSource]);
  const typeLabel = QUESTION_TYPES.find((t) => t.value === initial.type)?.label ?? initial.type;
  const tf = initial.type === "true-false";

  return (
    <div className="space-y-5" data-testid="question-fields">
      <fieldset className={fieldset}>
        <legend className={legend}>About the question</legend>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {typeLabel} for <span className="font-semibold">{initial.target}</span>
        </p>
        <TextField label="Id" readOnly={idLocked} hint={idLocked ? "A saved question keeps its id." : "A lowercase slug, unique in the bank."} error={errors.id} {...register("id")} />
        <div className="grid gap-3 sm:grid-cols-2">
          {domains && domains.length > 0 ? (
            <SelectField label="Exam domain" error={errors.domain} options={choicesWith(domains.map((d) => ({ value: d, label: d })), values.domain)} {...register("domain")} />
          ) : (
            <TextField label="Exam domain" error={errors.domain} {...register("domain")} />
          )}
          <SelectField label="Difficulty" error={errors.difficulty} options={choicesWith(DIFFICULTIES, values.difficulty)} {...register("difficulty")} />
        </div>
        <TextField label="Task" hint="Optional: the exam task or Body of Knowledge section." error={errors.task} {...register("task")} />
        <TextField label="Tags" hint="Lowercase words, separated by commas." error={errors.tags} {...register("tags")} />
        {modules && modules.length > 0 ? (
          <SelectField label="Module quiz" error={errors.module} options={choicesWith(modules.map((m) => ({ value: m.path, label: m.title })), values.module, "None")} {...register("module")} />
        ) : (
          <TextField label="Module quiz" hint="Optional: <course-slug>/<module-slug>." error={errors.module} {...register("module")} />
        )}
      </fieldset>

      <TextArea label="Stem" hint="The question, in markdown." rows={4} error={errors.stem} {...register("stem")} />

      {(initial.type === "single" || initial.type === "multiple") && <OptionRows control={control} register={register} setValue={setValue} getValues={getValues} errors={errors} single={initial.type === "single"} />}
      {tf && <TrueFalseFields register={register} errors={errors} />}
      {initial.type === "numeric" && (
        <fieldset className={fieldset}>
          <legend className={legend}>Answer</legend>
          <div className="grid gap-3 sm:grid-cols-3">
            <TextField label="Answer" inputMode="decimal" error={errors.answer} {...register("answer")} />
            <TextField label="Tolerance" inputMode="decimal" hint="Plus or minus." error={errors.tolerance} {...register("tolerance")} />
            <TextField label="Unit" hint="Optional." error={errors.unit} {...register("unit")} />
          </div>
        </fieldset>
      )}
      {initial.type === "matching" && <PairRows control={control} register={register} errors={errors} />}
      {initial.type === "ordering" && <ItemRows control={control} register={register} errors={errors} />}

      {!tf && <TextArea label="Explanation" hint="Shown after answering: why the key is right." rows={4} error={errors.explanation} {...register("explanation")} />}
    </div>
  );
}

function ListError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="min-h-5 text-sm text-red-700 dark:text-red-400" aria-live="polite">
      {message}
    </p>
  );
}

type RowProps = { control: Control<QuestionForm>; register: UseFormRegister<QuestionForm>; errors: FormErrors };

function OptionRows({ control, register, setValue, getValues, errors, single }: RowProps & { setValue: UseFormSetValue<QuestionForm>; getValues: () => QuestionForm; single: boolean }) {
  const { fields, append, remove, move } = useFieldArray({ control, name: "options" });
  const options = useWatch({ control, name: "options" });
  const scoring = useWatch({ control, name: "scoring" });
  const limits = ROW_LIMITS[single ? "single" : "multiple"];
  return (
    <fieldset className={fieldset} aria-describedby="options-error">
      <legend className={legend}>Options</legend>
      {!single && (
        <SelectField
          label="Scoring"
          options={[
            { value: "partial", label: "Partial credit: equal shares, a wrong choice takes one back" },
            { value: "weighted", label: "Weighted: each option's own weight (Moodle)" },
            { value: "all-or-nothing", label: "All or nothing" },
          ]}
          error={errors.scoring}
          {...register("scoring", {
            onChange: (event: { target: { value: QuestionForm["scoring"] } }) =>
              weightsFor(getValues().options, event.target.value).forEach((credit, j) => setValue(`options.${j}.credit`, credit, { shouldDirty: true })),
          })}
        />
      )}
      <ListError id="options-error" message={errors.options} />
      <ol className="space-y-4">
        {fields.map((field, i) => (
          <li key={field.id} className="space-y-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
            <div className="flex flex-wrap items-center justify-between gap-2">
              {single ? (
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input
                    type="radio"
                    name="keyed-option"
                    className="size-4"
                    checked={options[i]?.correct ?? false}
                    // Row by row: replacing the whole array would remount the rows and lose the radio's focus.
                    onChange={() => keyOnly(getValues().options, i).forEach((o, j) => setValue(`options.${j}.correct`, o.correct, { shouldDirty: true }))}
                  />
                  Option {i + 1} is the key
                </label>
              ) : (
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input type="checkbox" className="size-4" {...register(`options.${i}.correct`)} />
                  Option {i + 1} is correct
                </label>
              )}
              <RowButtons noun="option" index={i} count={fields.length} onMove={move} onRemove={remove} />
            </div>
            <TextField label={`Option ${i + 1} text`} error={errors[`options.${i}.text`]} {...register(`options.${i}.text`)} />
            <TextArea label={`Option ${i + 1} explanation`} rows={2} error={errors[`options.${i}.explanation`]} {...register(`options.${i}.explanation`)} />
            {!single && (scoring === "weighted" || options[i]?.credit) && (
              <TextField
                label={`Option ${i + 1} weight`}
                hint="-1 to 1: the correct options' weights add up to 1; a wrong option's is 0 or below."
                inputMode="decimal"
                className="max-w-xs"
                error={errors[`options.${i}.credit`]}
                {...register(`options.${i}.credit`)}
              />
            )}
            {single && (
              <TextField
                label={`Option ${i + 1} partial credit`}
                hint="Optional, 0 to 1: for a situational judgement item's next-best answers."
                inputMode="decimal"
                className="max-w-xs"
                error={errors[`options.${i}.credit`]}
                {...register(`options.${i}.credit`)}
              />
            )}
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" disabled={fields.length >= limits.max} onClick={() => append(emptyOption())}>
        Add option
      </Button>
    </fieldset>
  );
}

function TrueFalseFields({ register, errors }: Omit<RowProps, "control">) {
  return (
    <>
      <fieldset className={fieldset}>
        <legend className={legend}>The statement is</legend>
        <div className="flex gap-6">
          {["true", "false"].map((v) => (
            <label key={v} className="flex items-center gap-2 text-sm font-medium">
              <input type="radio" value={v} className="size-4" {...register("answer")} />
              {v === "true" ? "True" : "False"}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea label="Explanation for answering True" hint="Shown after answering, to a learner who chose True." rows={3} error={errors.explanation} {...register("explanation")} />
      <TextArea label="Explanation for answering False" hint="Shown to a learner who chose False." rows={3} error={errors.falseExplanation} {...register("falseExplanation")} />
    </>
  );
}

function PairRows({ control, register, errors }: RowProps) {
  const { fields, append, remove, move } = useFieldArray({ control, name: "pairs" });
  return (
    <fieldset className={fieldset} aria-describedby="pairs-error">
      <legend className={legend}>Pairs</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">Learners see the matches shuffled.</p>
      <ListError id="pairs-error" message={errors.pairs} />
      <ol className="space-y-4">
        {fields.map((field, i) => (
          <li key={field.id} className="space-y-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm font-medium">Pair {i + 1}</span>
              <RowButtons noun="pair" index={i} count={fields.length} onMove={move} onRemove={remove} />
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField label={`Pair ${i + 1} prompt`} error={errors[`pairs.${i}.prompt`]} {...register(`pairs.${i}.prompt`)} />
              <TextField label={`Pair ${i + 1} match`} error={errors[`pairs.${i}.match`]} {...register(`pairs.${i}.match`)} />
            </div>
            <TextArea label={`Pair ${i + 1} explanation`} rows={2} error={errors[`pairs.${i}.explanation`]} {...register(`pairs.${i}.explanation`)} />
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" disabled={fields.length >= ROW_LIMITS.matching.max} onClick={() => append(emptyPair())}>
        Add pair
      </Button>
    </fieldset>
  );
}

function ItemRows({ control, register, errors }: RowProps) {
  const { fields, append, remove, move } = useFieldArray({ control, name: "items" });
  return (
    <fieldset className={fieldset} aria-describedby="items-error">
      <legend className={legend}>Items in the correct order</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">Learners see them shuffled.</p>
      <ListError id="items-error" message={errors.items} />
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <li key={field.id} className="flex flex-wrap items-start gap-3">
            <TextField label={`Item ${i + 1}`} className="min-w-0 flex-1" error={errors[`items.${i}.text`]} {...register(`items.${i}.text`)} />
            <div className="pt-6">
              <RowButtons noun="item" index={i} count={fields.length} onMove={move} onRemove={remove} />
            </div>
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" disabled={fields.length >= ROW_LIMITS.ordering.max} onClick={() => append(emptyItem())}>
        Add item
      </Button>
    </fieldset>
  );
}
