import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { DataTable, EmptyTableRow } from "@/components/ui/table";
import { listStudioQuestions } from "@/lib/data/studio/list-studio-questions";
import { questionFilterSchema } from "@/lib/validation/studio";

export const metadata: Metadata = { title: "Question banks" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TYPE_LABELS: Record<string, string> = {
  single: "Single choice",
  multiple: "Multiple response",
  "true-false": "True/false",
  numeric: "Numeric",
  matching: "Matching",
  ordering: "Ordering",
};

export default async function StudioQuestionsPage({ searchParams }: Props) {
  const filter = questionFilterSchema.parse(await searchParams);
  const { questions, total, pages, targets } = await listStudioQuestions(filter);
  const query = (page: number) => `/studio/questions?${new URLSearchParams({ ...(filter.target ? { target: filter.target } : {}), ...(filter.q ? { q: filter.q } : {}), page: String(page) })}`;
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Question banks</h1>
          <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
            Questions you wrote, those of your courses&apos; module quizzes and those of banks you were granted. Saving a changed question makes a new version; past attempts keep
            grading and reviewing against the version they drew.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/studio/questions/new" className={buttonClass("primary")}>
            New question
          </Link>
          <Link href="/studio/questions/import" className={buttonClass("secondary")}>
            Import
          </Link>
          <Link href="/studio/questions/statistics" className={buttonClass("secondary")}>
            Item statistics
          </Link>
        </div>
      </div>

      <form className="mt-6 flex flex-wrap items-end gap-3" aria-label="Filter questions">
        <div className="space-y-1">
          <label htmlFor="filter-target" className="block text-sm font-medium">
            Bank
          </label>
          <select id="filter-target" name="target" defaultValue={filter.target ?? ""} className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
            <option value="">Every bank you edit</option>
            {targets.map((t) => (
              <option key={t.code} value={t.code}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-q" className="block text-sm font-medium">
            Id or text
          </label>
          <input id="filter-q" name="q" defaultValue={filter.q ?? ""} className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900" />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
        {filter.target && (
          <a href={`/studio/questions/export?target=${filter.target}`} className={buttonClass("ghost")} download>
            Export {filter.target} as JSON
          </a>
        )}
      </form>

      <p className="mt-4 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {total} {total === 1 ? "question" : "questions"}
      </p>
      <DataTable className="mt-2" caption="Questions" columns={[{ label: "Question" }, { label: "Type" }, { label: "Bank and domain" }, { label: "Versions" }]}>
        {questions.map((q) => (
          <tr key={q.id}>
            <td className="max-w-xl px-4 py-3">
              <Link href={`/studio/questions/${q.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
                {q.stem.length > 140 ? `${q.stem.slice(0, 140)}…` : q.stem}
              </Link>
              <span className="mt-0.5 block font-mono text-xs text-slate-600 dark:text-slate-400">
                {q.key}
                {q.module ? ` · quiz of ${q.module}` : ""}
              </span>
            </td>
            <td className="px-4 py-3 whitespace-nowrap">{TYPE_LABELS[q.type] ?? q.type}</td>
            <td className="px-4 py-3">
              {q.target} · {q.domain}
            </td>
            <td className="space-x-1 px-4 py-3 whitespace-nowrap">
              <span className="tabular-nums">{q.versions}</span>
              {q.studio && <Badge tone="brand">Studio</Badge>}
              {q.retired && <Badge>Retired</Badge>}
            </td>
          </tr>
        ))}
        {questions.length === 0 && <EmptyTableRow columns={4}>No questions match. Clear the filter, or write a new question.</EmptyTableRow>}
      </DataTable>
      <div className="mt-4">
        <Pager page={filter.page} pages={pages} href={query} />
      </div>
    </div>
  );
}
