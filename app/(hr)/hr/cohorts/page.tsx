import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { cardClass } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { listCohorts, type CohortAdmin } from "@/lib/data/hr/list-cohorts";
import { requireRole } from "@/lib/data/viewer";
import { formatDate } from "@/lib/format";
import { addCohortMembersAction, assignAction, createCohortAction, removeAssignmentAction, removeCohortMemberAction } from "../actions";
import { SimpleForm } from "../_components/simple-form";

export const metadata: Metadata = { title: "Cohorts and assignments" };

const control = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

type Options = NonNullable<Awaited<ReturnType<typeof listCohorts>>>;

export default async function CohortsPage() {
  await requireRole("hr", "admin");
  const data = await listCohorts();
  if (!data) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold tracking-tight">Cohorts and assignments</h1>
        <p className="mt-2">You are not HR of an organisation yet.</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <p className="text-sm text-slate-600 dark:text-slate-400">{data.organisation.name}</p>
      <h1 className="text-3xl font-bold tracking-tight">Cohorts and assignments</h1>
      <section aria-labelledby="new-cohort-heading" className={`${cardClass} mt-6 max-w-lg`}>
        <h2 id="new-cohort-heading" className="text-lg font-bold">
          New cohort
        </h2>
        <SimpleForm action={createCohortAction} submit="Create cohort" className="mt-3">
          <TextField label="Cohort name" name="name" id="new-cohort-name" required maxLength={80} placeholder="2027 PMP wave 1" />
        </SimpleForm>
      </section>
      <div className="mt-8 space-y-8">
        {data.cohorts.map((c) => (
          <Cohort key={c.id} cohort={c} options={data} />
        ))}
      </div>
    </div>
  );
}

function Cohort({ cohort, options }: { cohort: CohortAdmin; options: Options }) {
  const inCohort = new Set(cohort.members.map((m) => m.id));
  const addable = options.members.filter((m) => !inCohort.has(m.id));
  const id = (s: string) => `${s}-${cohort.id}`;
  return (
    <section aria-labelledby={id("cohort")} className={cardClass} data-testid="cohort">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id("cohort")} className="text-xl font-bold">
          {cohort.name}
        </h2>
        <Link href={`/hr?cohort=${cohort.id}`} className="text-sm font-semibold text-brand-700 underline dark:text-emerald-300">
          Open its dashboard
        </Link>
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="font-semibold">Assignments</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {cohort.assignments.length === 0 && <li className="text-slate-600 dark:text-slate-400">Nothing assigned yet.</li>}
            {cohort.assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-2" data-testid="assignment">
                <span>
                  {a.kind === "target" ? "Exam" : "Course"}: <span className="font-medium">{a.title}</span>, {a.kind === "target" ? "exam on" : "due"} {formatDate(a.dueDate)}
                </span>
                <ActionButton action={removeAssignmentAction} fields={{ assignmentId: a.id }} label="Remove" variant="ghost" ariaLabel={`Remove the assignment ${a.title}`} />
              </li>
            ))}
          </ul>
          <SimpleForm action={assignAction} submit="Assign" className="mt-4" labels={{ targetCode: "Certification", courseSlug: "Course", dueDate: "Date", kind: "What" }}>
            <input type="hidden" name="cohortId" value={cohort.id} />
            <fieldset>
              <legend className="text-sm font-medium">What</legend>
              <div className="mt-1 flex gap-4 text-sm">
                <label className="flex items-center gap-1">
                  <input type="radio" name="kind" value="target" defaultChecked /> Certification exam
                </label>
                <label className="flex items-center gap-1">
                  <input type="radio" name="kind" value="course" /> Course
                </label>
              </div>
            </fieldset>
            <div className="grid gap-3 sm:grid-cols-3">
              <div>
                <label htmlFor={id("target")} className="block text-sm font-medium">
                  Certification
                </label>
                <select id={id("target")} name="targetCode" className={control}>
                  {options.targets.map((t) => (
                    <option key={t.code} value={t.code}>
                      {t.code}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={id("course")} className="block text-sm font-medium">
                  Course
                </label>
                <select id={id("course")} name="courseSlug" className={control}>
                  {options.courses.map((c) => (
                    <option key={c.slug} value={c.slug}>
                      {c.title}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={id("due")} className="block text-sm font-medium">
                  Exam or due date
                </label>
                <input id={id("due")} name="dueDate" type="date" required className={control} />
              </div>
            </div>
          </SimpleForm>
        </div>
        <div>
          <h3 className="font-semibold">Members ({cohort.members.length})</h3>
          <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto text-sm">
            {cohort.members.map((m) => (
              <li key={m.id} className="flex items-center justify-between gap-2">
                <span>{m.name}</span>
                <ActionButton action={removeCohortMemberAction} fields={{ cohortId: cohort.id, userId: m.id }} label="Remove" variant="ghost" ariaLabel={`Remove ${m.name} from ${cohort.name}`} />
              </li>
            ))}
          </ul>
          {addable.length > 0 && (
            <SimpleForm action={addCohortMembersAction} submit="Add to cohort" className="mt-4">
              <input type="hidden" name="cohortId" value={cohort.id} />
              <fieldset>
                <legend className="text-sm font-medium">Add members</legend>
                <div className="mt-1 max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700">
                  {addable.map((m) => (
                    <label key={m.id} className="flex items-center gap-2">
                      <input type="checkbox" name="userIds" value={m.id} /> {m.name}
                    </label>
                  ))}
                </div>
              </fieldset>
            </SimpleForm>
          )}
        </div>
      </div>
    </section>
  );
}
