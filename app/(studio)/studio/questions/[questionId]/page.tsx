import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { getQuestionChoices, getStudioQuestion } from "@/lib/data/studio/get-studio-question";
import { QuestionEditor } from "../_components/question-editor";

export const metadata: Metadata = { title: "Edit question" };

type Props = { params: Promise<{ questionId: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export default async function StudioQuestionPage({ params, searchParams }: Props) {
  const [question, choices] = await Promise.all([getStudioQuestion((await params).questionId), getQuestionChoices()]);
  // A new question's editor comes here once it is saved, and says so.
  const justCreated = (await searchParams).saved === "new";
  if (!question) notFound();
  return (
    <div className="mx-auto max-w-7xl px-4 py-10">
      <p className="text-sm">
        <Link href={`/studio/questions?target=${question.target.code}`} className="text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
          {question.target.name}
        </Link>
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-bold tracking-tight">{question.key}</h1>
        <Badge>Version {question.history[0]?.version ?? 1}</Badge>
        {question.retired && <Badge>Retired</Badge>}
      </div>
      {justCreated && (
        <p role="status" className="mt-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800 ring-1 ring-brand-100 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-900">
          Saved as a new version. It is in the bank now.
        </p>
      )}
      <QuestionEditor
        questionId={question.id}
        source={question.yaml}
        domains={choices.targets.find((t) => t.code === question.target.code)?.domains}
        modules={choices.modules}
      />
      <section aria-labelledby="history-heading" className="mt-10">
        <h2 id="history-heading" className="text-xl font-bold">
          History
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Each version stays as it was: attempts that drew it are graded and reviewed against it.</p>
        <DataTable className="mt-3" caption="Versions of this question" columns={[{ label: "Version" }, { label: "Saved" }, { label: "Stem" }, { label: "Times drawn" }]}>
          {question.history.map((v) => (
            <tr key={v.id}>
              <td className="px-4 py-3 tabular-nums">{v.version}</td>
              <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(v.createdAt)}</td>
              <td className="max-w-xl px-4 py-3">{v.stem.length > 160 ? `${v.stem.slice(0, 160)}…` : v.stem}</td>
              <td className="px-4 py-3 tabular-nums">{v.answered}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
