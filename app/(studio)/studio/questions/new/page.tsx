import type { Metadata } from "next";
import Link from "next/link";
import { stringify } from "yaml";
import { cardClass } from "@/components/ui/card";
import { getQuestionChoices } from "@/lib/data/studio/get-studio-question";
import { questionTemplate, QUESTION_TYPES } from "@/lib/studio/question-templates";
import { newQuestionSchema } from "@/lib/validation/studio";
import { QuestionEditor } from "../_components/question-editor";

export const metadata: Metadata = { title: "New question" };

const chip =
  "rounded-full border border-slate-300 px-3 py-1 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 dark:border-slate-600 dark:aria-[current=page]:bg-emerald-950";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewQuestionPage({ searchParams }: Props) {
  const { targets, modules } = await getQuestionChoices();
  const chosen = newQuestionSchema.parse(await searchParams);
  const target = targets.find((t) => t.code === chosen.target) ?? targets[0];
  return (
    <div className="mx-auto max-w-7xl px-4 py-10">
      <p className="text-sm">
        <Link href="/studio/questions" className="text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
          Question banks
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">New question</h1>
      {!target ? (
        <p className={`${cardClass} mt-6`}>You may not write questions yet: author a course, or ask an admin to grant you a bank.</p>
      ) : (
        <>
          <nav aria-label="Bank and type to start from" className="mt-4 flex flex-wrap gap-2 text-sm">
            {targets.map((t) => (
              <Link
                key={t.code}
                href={`/studio/questions/new?target=${t.code}&type=${chosen.type}`}
                aria-current={t.code === target.code ? "page" : undefined}
                className={chip}
              >
                {t.code}
              </Link>
            ))}
            <span aria-hidden="true" className="px-1 text-slate-400">
              |
            </span>
            {QUESTION_TYPES.map((q) => (
              <Link
                key={q.value}
                href={`/studio/questions/new?target=${target.code}&type=${q.value}`}
                aria-current={q.value === chosen.type ? "page" : undefined}
                className={chip}
              >
                {q.label}
              </Link>
            ))}
          </nav>
          <QuestionEditor key={`${target.code}-${chosen.type}`} domains={target.domains} modules={modules} source={stringify(questionTemplate(chosen.type, target.code, target.domains[0]!), { lineWidth: 0 })} />
        </>
      )}
    </div>
  );
}
