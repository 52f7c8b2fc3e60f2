import type { Metadata } from "next";
import { listBlueprintsForAdmin } from "@/lib/data/blueprints/list-blueprints-for-admin";
import { requireRole } from "@/lib/data/viewer";
import { BlueprintForm } from "./_components/blueprint-form";
import { cardClass } from "@/components/ui/card";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Exam blueprints" };

export default async function BlueprintsPage() {
  await requireRole("admin");
  const targets = await listBlueprintsForAdmin();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Exam blueprints</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Each certification&apos;s exam format: questions, time, pass mark, breaks and domain weights. The blueprint in force on a learner&apos;s exam date
        drives their readiness; the one in force today drives new practice exams. To follow a new exam outline, add a blueprint with its effective date. A certification with several exam formats at once (Green Belt: ASQ
        and IASSC) has a blueprint per format code, all drawing on its one question bank; a domain weighted 0% is not on that format&apos;s exam.
      </p>
      {targets.map((t) => (
        <section key={t.code} aria-labelledby={`bp-${t.code}`} className="mt-10">
          <h2 id={`bp-${t.code}`} className="text-xl font-bold">
            {t.name}
          </h2>
          <div className="mt-4 space-y-6">
            {t.blueprints.map((b) => (
              <details key={b.id} className={cardClass} data-testid={`blueprint-${b.id}`}>
                <summary className="cursor-pointer font-semibold">
                  {b.name} {b.format && `(${b.format}) `}· from {formatDate(b.effectiveFrom)} · {b.questionCount} questions, {b.minutes} min, pass {b.passingPercent}%
                </summary>
                <div className="mt-4">
                  <BlueprintForm targetCode={t.code} domainCodes={t.domainCodes} existing={b} />
                </div>
              </details>
            ))}
            <details className="rounded-xl border border-dashed border-slate-300 p-5 dark:border-slate-700">
              <summary className="cursor-pointer font-semibold">Add a blueprint for {t.code}</summary>
              <div className="mt-4">
                <BlueprintForm targetCode={t.code} domainCodes={t.domainCodes} />
              </div>
            </details>
          </div>
        </section>
      ))}
    </div>
  );
}
