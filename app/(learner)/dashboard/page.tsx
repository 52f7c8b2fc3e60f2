import type { Metadata } from "next";
import Link from "next/link";
import { ExamDayRetention } from "@/components/dashboard/exam-day-retention";
import { RetentionSetting } from "@/components/dashboard/retention-setting";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { listMyCertificates } from "@/lib/data/certificates/list-my-certificates";
import { getDashboard, type TargetCard } from "@/lib/data/dashboard/get-dashboard";
import { requireViewer } from "@/lib/data/viewer";
import { formatDate, formatHours } from "@/lib/format";
import { describeCertainty } from "@/lib/readiness/certainty";
import { EXAM_BANDS, reportsBands } from "@/lib/validation/exam-bands";
import { ExamResultForm, WithdrawResult } from "./_components/exam-result-form";
import { DomainChart } from "./_components/domain-chart";
import { TrendChart } from "./_components/trend-chart";
import { RemoveTarget } from "./_components/remove-target";
import { TargetForm } from "./_components/target-form";

export const metadata: Metadata = { title: "Certification dashboard" };

const pct = (p: number) => `${Math.round(p * 100)}%`;
// A model can be near certain; a person's exam day cannot, so the extremes are said as bounds.
const chance = (p: number) => (p >= 0.99 ? "over 99%" : p <= 0.01 ? "under 1%" : pct(p));

function Card({ card }: { card: TargetCard }) {
  const r = card.readiness;
  const first = card.trend.find((t) => t.probability !== null);
  const calibratedOn = card.calibration.outcomes;
  const certainty = describeCertainty(r.overall, calibratedOn);
  const bandLabel = (value: string) => EXAM_BANDS.find((b) => b.value === value)?.label ?? value;
  const domainName = (code: string) => r.domains.find((d) => d.code === code)?.name ?? code;
  const domains = r.domains.map((d) => ({ code: d.code, name: d.name }));
  return (
    <article aria-labelledby={`card-${card.code}`} className="rounded-xl border border-slate-200 p-6 dark:border-slate-800" data-testid={`target-${card.code}`}>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={`card-${card.code}`} className="text-xl font-bold">
            {card.name}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Exam {formatDate(card.examDate)} ·{" "}
            {card.daysToExam > 0 ? `${card.daysToExam} days to go` : card.daysToExam === 0 ? "today" : "date passed"} · {card.blueprint.name}
          </p>
          {card.assignedBy && (
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="assigned-by">
              Assigned by {card.assignedBy}
            </p>
          )}
        </div>
        {card.chosen && <RemoveTarget code={card.code} />}
      </header>

      <div className="mt-5 grid gap-4 sm:grid-cols-3">
        <div className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <p className="text-sm text-slate-600 dark:text-slate-400">Readiness</p>
          {r.overall.enough ? (
            <>
              <p className="text-3xl font-bold tabular-nums" data-testid="readiness">
                {pct(r.overall.probability)}
              </p>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                likely range {pct(r.overall.low)}–{pct(r.overall.high)}
              </p>
            </>
          ) : (
            <p className="mt-1 font-semibold" data-testid="readiness">
              Not enough evidence yet
            </p>
          )}
        </div>
        <div className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <p className="text-sm text-slate-600 dark:text-slate-400">Chance of passing today</p>
          {card.passProbability === null ? (
            <p className="mt-1 font-semibold" data-testid="pass-probability">
              No estimate until there is enough evidence
            </p>
          ) : (
            <p className="text-3xl font-bold tabular-nums" data-testid="pass-probability">
              {chance(card.passProbability)}
            </p>
          )}
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {card.blueprint.questionCount} questions, pass mark {card.blueprint.passingPercent}%
          </p>
        </div>
        <div className="rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
          <p className="text-sm text-slate-600 dark:text-slate-400">Answers behind this</p>
          <p className="text-3xl font-bold tabular-nums">{r.answers}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400">recent answers count most</p>
        </div>
      </div>
      <div className="mt-4 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800" data-testid="how-sure">
        <p>
          <span className="font-semibold">How sure: </span>
          {certainty.words}
        </p>
        <p className="mt-1 text-slate-700 dark:text-slate-300" data-testid="calibration-state">
          {card.calibration.outcomes !== null
            ? `Calibrated on ${card.calibration.outcomes} reported ${card.code} results (fitted ${formatDate(card.calibration.fittedAt)}).`
            : `Not yet calibrated against real results: fewer than ${card.calibration.needed} reported (${card.calibration.reported} so far).`}
        </p>
      </div>

      <section aria-labelledby={`domains-${card.code}`} className="mt-6">
        <h3 id={`domains-${card.code}`} className="font-semibold">
          By exam domain
        </h3>
        <DomainChart rows={r.domains.map((d) => ({ name: d.name, share: d.weight, readiness: d.enough ? d.probability : null, low: d.low, high: d.high }))} />
        <table className="mt-2 w-full text-left text-sm">
          <thead className="text-slate-600 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1 pr-3">Domain</th>
              <th scope="col" className="py-1 pr-3">Share of exam</th>
              <th scope="col" className="py-1 pr-3">Readiness</th>
              <th scope="col" className="py-1">Answers</th>
            </tr>
          </thead>
          <tbody>
            {r.domains.map((d) => (
              <tr key={d.code} className="border-t border-slate-200 dark:border-slate-800" data-testid={`domain-${d.code}`}>
                <td className="py-1.5 pr-3">{d.name}</td>
                <td className="py-1.5 pr-3 tabular-nums">{pct(d.weight)}</td>
                <td className="py-1.5 pr-3 tabular-nums">
                  {d.enough ? `${pct(d.probability)} (${pct(d.low)}–${pct(d.high)})` : "not enough evidence"}
                </td>
                <td className="py-1.5 tabular-nums">{d.answers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <ExamDayRetention code={card.code} domains={r.domains} />

      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section aria-labelledby={`trend-${card.code}`}>
          <h3 id={`trend-${card.code}`} className="font-semibold">
            Readiness over eight weeks
          </h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {first
              ? `From ${pct(first.probability!)} on ${formatDate(first.date, "day-month")} to ${card.trend.at(-1)!.probability === null ? "not enough evidence" : pct(card.trend.at(-1)!.probability!)} now.`
              : "Not enough evidence yet in any week."}
          </p>
          <TrendChart points={card.trend.map((t) => ({ label: formatDate(t.date, "day-month"), value: t.probability === null ? null : Math.round(t.probability * 100) }))} />
        </section>
        <section aria-labelledby={`hours-${card.code}`}>
          <h3 id={`hours-${card.code}`} className="font-semibold">
            Education hours
          </h3>
          {card.hours.required ? (
            <>
              <div className="mt-2">
                <ProgressBar value={(100 * card.hours.total) / card.hours.required} label={`${card.code} education hours`} />
              </div>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="hours">
                {formatHours(card.hours.total)} of the {card.hours.required} contact hours {card.code} requires
              </p>
            </>
          ) : (
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="hours">
              {formatHours(card.hours.total)} of study counted (no hours requirement)
            </p>
          )}
          <ul className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {card.hours.rows.map((row) => (
              <li key={row.courseTitle}>
                {row.courseTitle}: {formatHours(row.counted)} of {formatHours(row.educationHours)}
              </li>
            ))}
          </ul>
          <a href={`/dashboard/hours/${card.code}`} className="mt-2 inline-block text-sm font-semibold text-brand-700 underline dark:text-emerald-300">
            Download the record (CSV)
          </a>
          {card.renewal && (
            <p className="mt-3 text-sm">
              Renewal: {card.renewal.counted} PDUs counted{card.renewal.met ? " · requirements met" : ` · ${card.renewal.shortfalls[0]}`}{" "}
              <Link href="/dashboard/pdus" className="underline">
                PDU ledger
              </Link>
            </p>
          )}
        </section>
      </div>

      <section aria-labelledby={`result-${card.code}`} className="mt-6">
        <h3 id={`result-${card.code}`} className="font-semibold">
          Your exam result
        </h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">Sat the exam? Your result, pass or fail, checks these numbers for everyone preparing for {card.code}.</p>
        {card.reports.length > 0 && (
          <ul className="mt-2 space-y-2" data-testid="my-results">
            {card.reports.map((o) => {
              const label = `${card.code} on ${formatDate(o.examDate)}`;
              return (
                <li key={o.id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p>
                      <span className="font-medium">{formatDate(o.examDate)}</span>: {o.passed ? "passed" : "did not pass"}
                      {Object.keys(o.bands).length > 0 && (
                        <span className="text-sm text-slate-600 dark:text-slate-400">
                          {" "}
                          · {Object.entries(o.bands).map(([d, b]) => `${domainName(d)}: ${bandLabel(b)}`).join(", ")}
                        </span>
                      )}
                    </p>
                    <WithdrawResult id={o.id} label={label} />
                  </div>
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-emerald-300">Correct this report</summary>
                    <ExamResultForm
                      code={card.code}
                      domains={domains}
                      banded={reportsBands(card.code)}
                      report={{ id: o.id, examDate: o.examDate.toISOString().slice(0, 10), passed: o.passed, bands: o.bands }}
                    />
                  </details>
                </li>
              );
            })}
          </ul>
        )}
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700 dark:text-emerald-300">Report a result</summary>
          <ExamResultForm code={card.code} domains={domains} banded={reportsBands(card.code)} />
        </details>
      </section>

      <section aria-labelledby={`actions-${card.code}`} className="mt-6">
        <h3 id={`actions-${card.code}`} className="font-semibold">
          Next best actions
        </h3>
        <ol className="mt-2 space-y-2" data-testid="next-actions">
          {card.actions.map((a, i) => (
            <li key={`${a.kind}-${i}`} className="flex items-start gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
              <span className="mt-0.5 text-sm font-semibold tabular-nums text-slate-600 dark:text-slate-400">{i + 1}.</span>
              <div>
                <Link href={a.href} className="font-medium hover:underline">
                  {a.title}
                </Link>
                <p className="text-sm text-slate-600 dark:text-slate-400">{a.detail}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

export default async function DashboardPage() {
  await requireViewer();
  const [{ cards, available }, certificates] = await Promise.all([getDashboard(), listMyCertificates()]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Certification dashboard</h1>
          <p className="mt-1 max-w-2xl text-slate-700 dark:text-slate-300">
            How ready you are for each exam, estimated from every answer you have given, recent ones counting most, with how sure we can be.
          </p>
        </div>
        <Link href="/dashboard/pdus" className={buttonClass("secondary")}>
          PDU ledger
        </Link>
      </div>
      {available.length > 0 && (
        <div className="mt-6">
          <h2 className="sr-only">Add a certification target</h2>
          <TargetForm available={available} />
        </div>
      )}
      <div className="mt-4">
        <RetentionSetting />
      </div>
      {cards.length === 0 ? (
        <p className="mt-8 rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">Pick a certification and your exam date to see your readiness.</p>
      ) : (
        <div className="mt-8 space-y-8">
          {cards.map((card) => (
            <Card key={card.code} card={card} />
          ))}
        </div>
      )}
      <section aria-labelledby="certificates-heading" className="mt-10">
        <h2 id="certificates-heading" className="text-xl font-bold">
          Course certificates
        </h2>
        {certificates.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Complete every lesson of a course and pass its final module quiz to earn one.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {certificates.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                <div>
                  <p className="font-medium">{c.courseTitle}</p>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {formatHours(c.educationHours)} · issued {formatDate(c.issuedAt)} · code <Badge>{c.code}</Badge>
                  </p>
                </div>
                <a href={`/certificates/${c.id}/pdf`} className={buttonClass("secondary", "py-1.5")}>
                  Download PDF
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
