import type { Metadata } from "next";
import Link from "next/link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getPduLedger } from "@/lib/data/pdus/get-pdu-ledger";
import { requireViewer } from "@/lib/data/viewer";
import { CATEGORY_LABELS } from "@/lib/pdu/rules";
import { DeletePdu, HeldForm, PduEntryForm } from "./_components/pdu-forms";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "PDU ledger" };


export default async function PduPage() {
  await requireViewer();
  const { held, renewable } = await getPduLedger();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <p className="text-sm">
        <Link href="/dashboard" className="underline">
          Dashboard
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">PDU ledger</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Professional development units for keeping certifications that renew by PDUs. Education PDUs fall in the three Talent Triangle areas (Ways of
        Working, Power Skills, Business Acumen); Giving Back counts up to a cap, and working as a practitioner, part of it, up to a smaller cap. Courses you complete here count as Education.
      </p>

      {renewable.length > 0 && (
        <section aria-labelledby="held-heading" className="mt-8 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          <h2 id="held-heading" className="font-semibold">
            Add a certification you hold
          </h2>
          <div className="mt-3">
            <HeldForm options={renewable} />
          </div>
        </section>
      )}

      {held.map((h) => {
        const { rule, status: s } = h;
        if (!rule || !s) return null;
        return (
          <section key={h.id} aria-labelledby={`cycle-${h.code}`} className="mt-8 rounded-xl border border-slate-200 p-5 dark:border-slate-800" data-testid={`cycle-${h.code}`}>
            <h2 id={`cycle-${h.code}`} className="text-xl font-bold">
              {h.name}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Cycle {formatDate(s.cycleStart)} to {formatDate(s.cycleEnd)} · {rule.total} PDUs every {rule.cycleYears === 1 ? "year" : `${rule.cycleYears} years`}
            </p>
            <div className="mt-3">
              <ProgressBar value={(100 * s.counted) / rule.total} label={`${h.code} PDUs toward renewal`} />
            </div>
            <p className="mt-1 text-sm" data-testid="renewal-status">
              {s.counted} of {rule.total} PDUs · {s.met ? "renewal requirements met" : "not yet met"}
            </p>
            {rule.minEducation > 0 && (
              <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
                <li>Education: {s.education} (at least {rule.minEducation})</li>
                <li>Giving Back: {s.givingBack} (counts up to {rule.maxGivingBack})</li>
                {rule.maxPractitioner !== undefined && (
                  <li>
                    Of which working as a practitioner: {s.practitioner} (counts up to {rule.maxPractitioner})
                  </li>
                )}
                {Object.entries(s.perArea).map(([area, n]) => (
                  <li key={area}>
                    {CATEGORY_LABELS[area as keyof typeof CATEGORY_LABELS]}: {n} (at least {rule.minPerTriangleArea})
                  </li>
                ))}
              </ul>
            )}
            {s.shortfalls.length > 0 && (
              <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-amber-900 dark:text-amber-200" data-testid="shortfalls">
                {s.shortfalls.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            )}
            <table className="mt-4 w-full text-left text-sm">
              <caption className="sr-only">Activities logged for {h.code}</caption>
              <thead className="text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-1 pr-3">Date</th>
                  <th scope="col" className="py-1 pr-3">Activity</th>
                  <th scope="col" className="py-1 pr-3">Category</th>
                  <th scope="col" className="py-1 pr-3">PDUs</th>
                  <th scope="col" className="py-1">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {h.entries.map((e, i) => (
                  <tr key={e.id ?? `course-${i}`} className="border-t border-slate-200 dark:border-slate-800">
                    <td className="py-1.5 pr-3 whitespace-nowrap">{formatDate(e.date)}</td>
                    <td className="py-1.5 pr-3">{e.activity}</td>
                    <td className="py-1.5 pr-3">{CATEGORY_LABELS[e.category]}</td>
                    <td className="py-1.5 pr-3 tabular-nums">{e.hours}</td>
                    <td className="py-1.5">{e.id ? <DeletePdu id={e.id} activity={e.activity} /> : <span className="text-xs text-slate-500">from a course</span>}</td>
                  </tr>
                ))}
                {h.entries.length === 0 && (
                  <tr>
                    <td colSpan={5} className="py-4 text-center text-slate-600 dark:text-slate-400">
                      Nothing logged in this cycle yet.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </section>
        );
      })}

      {held.length > 0 && (
        <section aria-labelledby="log-heading" className="mt-8 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          <h2 id="log-heading" className="font-semibold">
            Log an activity
          </h2>
          <div className="mt-3">
            <PduEntryForm held={held.map((h) => ({ id: h.id, code: h.code }))} />
          </div>
        </section>
      )}
    </div>
  );
}
