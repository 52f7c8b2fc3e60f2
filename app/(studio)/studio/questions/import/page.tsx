import type { Metadata } from "next";
import Link from "next/link";
import { getQuestionChoices } from "@/lib/data/studio/get-studio-question";
import { ImportForm } from "./_components/import-form";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportQuestionsPage() {
  const { targets } = await getQuestionChoices();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <p className="text-sm">
        <Link href="/studio/questions" className="text-brand-700 underline-offset-2 hover:underline dark:text-emerald-300">
          Question banks
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Import questions</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        A JSON export from Kaizen Academy, or a Moodle GIFT file: multiple choice (one or several answers, with partial credit), true/false, numeric with tolerance or a range,
        matching, and short answers that are numbers. GIFT categories become tags and feedback becomes explanations. Preview first: it lists what will be created and every
        item that will be skipped, with its line and the reason. Importing writes all of it or nothing.
      </p>
      <ImportForm targets={targets.map((t) => ({ code: t.code, name: t.name, domains: t.domains }))} />
    </div>
  );
}
