import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { MODE_TITLES } from "@/lib/assessment/exam-plan";
import { listExamOptions } from "@/lib/data/attempts/list-exam-options";
import { requireViewer } from "@/lib/data/viewer";
import { StartExamForm } from "./_components/start-exam-form";
import { formatDate, formatMinutes } from "@/lib/format";
import type { ExamOption } from "@/lib/assessment/exam-options";

export const metadata: Metadata = { title: "Practice exams" };

/** The format in one sentence: length, time, breaks, book rule and how passing is judged. */
function formatFacts({ blueprint: b }: ExamOption): string {
  const questions = b.scoredCount < b.questionCount ? `${b.questionCount} questions (${b.scoredCount} scored)` : `${b.questionCount} questions`;
  const breaks = b.sectionBreaks.length > 0 ? `, breaks after questions ${b.sectionBreaks.join(" and ")}${b.sectionBreaksAssumed ? " (assumed: not yet published by the exam's owner)" : ""}` : "";
  const pass =
    b.scaledPass !== null && b.scaledMax !== null
      ? `scored on a scale to ${b.scaledMax}, ${b.scaledPass} to pass; the raw mark behind it is not published, so practice exams here use ${b.passingPercent}%`
      : `pass mark used here ${b.passingPercent}%`;
  return `${b.name}: ${questions} in ${formatMinutes(b.minutes)}${breaks}, ${b.openBook ? "open book" : "closed book"}; ${pass}.`;
}


export default async function ExamsPage() {
  await requireViewer();
  const options = await listExamOptions();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Practice exams</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Timed by the server clock, drawn by each exam&apos;s domain weights, and favouring questions you haven&apos;t seen lately. Answers save as you go,
        so you can resume on any device.
      </p>
      <div className="mt-8 space-y-8">
        {options.map((o) => (
          <section key={`${o.code}-${o.format}`} aria-labelledby={`exam-${o.code}-${o.format}`} className="rounded-xl border border-slate-200 p-6 dark:border-slate-800">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`exam-${o.code}-${o.format}`} className="text-xl font-bold">
                {o.format ? `${o.name}: ${o.blueprint.name}` : o.name}
              </h2>
              <Badge tone="brand">{o.code}</Badge>
            </div>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {formatFacts(o)} Question bank: {o.bankSize}.
            </p>
            <ul className="mt-3 flex flex-wrap gap-2 text-xs">
              {o.domains.map((d) => (
                <li key={d.code} className="rounded bg-slate-100 px-2 py-1 dark:bg-slate-800">
                  {d.name} {Math.round(d.weight * 100)}%
                </li>
              ))}
            </ul>
            {o.open.length > 0 && (
              <div className="mt-4 rounded-lg bg-amber-50 p-3 text-sm dark:bg-amber-950">
                <p className="font-semibold">In progress</p>
                <ul className="mt-1 space-y-1">
                  {o.open.map((a) => (
                    <li key={a.id}>
                      <Link href={`/exams/${a.id}`} className="underline">
                        Resume {MODE_TITLES[a.mode]?.toLowerCase()}
                        {a.domain ? ` (${a.domain.replace(/-/g, " ")})` : ""}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className="mt-5">
              <StartExamForm
                targetCode={o.code}
                format={o.format}
                label={o.format ? `${o.code} ${o.blueprint.name}` : o.code}
                plans={o.plans}
                fullFormat={{ questions: o.blueprint.questionCount, minutes: o.blueprint.minutes }}
                domains={o.domains.map((d) => ({ code: d.code, name: d.name, available: d.available }))}
              />
            </div>
            {o.recent.length > 0 && (
              <div className="mt-5">
                <h3 className="text-sm font-semibold">Recent results</h3>
                <ul className="mt-2 divide-y divide-slate-100 text-sm dark:divide-slate-800">
                  {o.recent.map((r) => (
                    <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <Link href={`/exams/${r.id}/results`} className="underline">
                        {MODE_TITLES[r.mode]}
                        {r.domain ? `: ${r.domain.replace(/-/g, " ")}` : ""} · {formatDate(r.submittedAt)}
                      </Link>
                      <span className="tabular-nums">
                        {Math.round(r.percent)}% {r.passed === null ? "" : r.passed ? "· passed" : "· below pass mark"}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
