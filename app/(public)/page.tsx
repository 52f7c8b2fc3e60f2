import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { listCatalog } from "@/lib/data/catalog/list-catalog";
import { getViewer } from "@/lib/data/viewer";
import { cardClass } from "@/components/ui/card";

const targets = [
  { code: "PMP", text: "Project Management Professional: people, process and business environment, predictive and agile." },
  { code: "CAPM", text: "Certified Associate in Project Management: fundamentals, predictive, agile, business analysis." },
  { code: "LSSGB", text: "Lean Six Sigma Green Belt: DMAIC from define to control, with the statistics worked through." },
  { code: "LEAN", text: "Kaizen Lean Practitioner: value and waste, flow and pull, standard work, kaizen, Lean metrics." },
  { code: "EI", text: "Kaizen Emotional Intelligence Certificate: leading people through process change." },
];

export default async function LandingPage() {
  const [tracks, viewer] = await Promise.all([listCatalog(), getViewer()]);
  return (
    <>
      <section className="border-b border-slate-200 bg-gradient-to-b from-brand-50 to-white dark:border-slate-800 dark:from-slate-900 dark:to-slate-950">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:py-24">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-emerald-300">Become a process manager</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
            Prepare for PMP, CAPM, Green Belt and more, one small step at a time.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
            Courses in Lean, Six Sigma, project management and emotional intelligence, written for people who improve how work gets done. Track your
            progress, your contact hours and how ready you are for each exam.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {viewer ? (
              <Link href="/home" className={buttonClass("primary", "px-5 py-2.5 text-base")}>
                Continue learning
              </Link>
            ) : (
              <Link href="/register" className={buttonClass("primary", "px-5 py-2.5 text-base")}>
                Start for free
              </Link>
            )}
            <Link href="/catalog" className={buttonClass("secondary", "px-5 py-2.5 text-base")}>
              Browse the catalog
            </Link>
          </div>
        </div>
      </section>

      <section className="mx-auto max-w-6xl px-4 py-14" aria-labelledby="tracks-heading">
        <h2 id="tracks-heading" className="text-2xl font-bold tracking-tight">
          Five tracks
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {tracks.map((track) => (
            <li key={track.slug} className={cardClass}>
              <h3 className="font-semibold">
                <Link href={`/catalog#${track.slug}`} className="hover:underline">
                  {track.title}
                </Link>
              </h3>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{track.summary}</p>
              <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
                {track.courses.length} {track.courses.length === 1 ? "course" : "courses"}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section className="border-t border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900" aria-labelledby="targets-heading">
        <div className="mx-auto max-w-6xl px-4 py-14">
          <h2 id="targets-heading" className="text-2xl font-bold tracking-tight">
            Certifications you can aim for
          </h2>
          <dl className="mt-6 grid gap-4 sm:grid-cols-2">
            {targets.map((t) => (
              <div key={t.code} className="rounded-lg bg-white p-4 shadow-sm dark:bg-slate-950">
                <dt className="font-semibold">{t.code}</dt>
                <dd className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      </section>
    </>
  );
}
