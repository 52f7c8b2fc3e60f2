import type { Metadata } from "next";
import { DataTable } from "@/components/ui/table";
import { getCalibrationReport, type TargetCalibrationReport } from "@/lib/data/calibration/get-calibration-report";
import { requireRole } from "@/lib/data/viewer";
import { formatDateTime } from "@/lib/format";
import { CALIBRATION_MIN_OUTCOMES } from "@/lib/readiness/reliability";
import { ReliabilityChart } from "./_components/reliability-chart";
import { RefitForm } from "./_components/refit-form";

export const metadata: Metadata = { title: "Calibration against exam results" };

const pct = (p: number | null) => (p === null ? "—" : `${Math.round(p * 100)}%`);
const score = (x: number | null) => (x === null ? "—" : x.toFixed(3));
/** The pass correction may also weigh features of the learner's record, chosen by cross-validation at the refit. */
const recordNote = (weights: Record<string, number | undefined> = {}) => {
  const n = Object.keys(weights).length;
  return n === 0 ? "" : `, plus ${n} feature${n === 1 ? "" : "s"} of the learner's record`;
};

function chartLabel(t: TargetCalibrationReport): string {
  const filled = t.shown.bins.filter((b) => b.count > 0);
  if (filled.length === 0) return `${t.code}: no reported results with a prediction yet.`;
  const parts = filled.map((b) => `${pct(b.from)} to ${pct(b.to)}: predicted ${pct(b.predicted)}, passed ${pct(b.observed)} of ${b.count}`);
  return `Reliability diagram for ${t.code}. ${parts.join("; ")}.`;
}

function TargetSection({ t }: { t: TargetCalibrationReport }) {
  return (
    <section aria-labelledby={`cal-${t.code}`} className="rounded-xl border border-slate-200 p-6 dark:border-slate-800" data-testid={`calibration-${t.code}`}>
      <h2 id={`cal-${t.code}`} className="text-xl font-bold">
        {t.name}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="in-force">
        {t.inForce
          ? `Calibration in force: fitted on ${t.inForce.outcomes} reported results, ${formatDateTime(t.inForce.fittedAt)} (pass logit × ${t.inForce.pass.slope.toFixed(2)} ${t.inForce.pass.intercept < 0 ? "−" : "+"} ${Math.abs(t.inForce.pass.intercept).toFixed(2)}${recordNote(t.inForce.pass.weights)}; ${t.inForce.items} items with their own difficulty). ${t.inForce.newSince} reported since.`
          : `No calibration in force: the model's own probabilities are shown. ${t.reported < CALIBRATION_MIN_OUTCOMES ? `Needs ${CALIBRATION_MIN_OUTCOMES} reported results, has ${t.reported}.` : "Enough results to fit one."}`}
      </p>
      <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-4">
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-slate-600 dark:text-slate-400">Reported results</dt>
          <dd className="text-2xl font-bold tabular-nums">{t.reported}</dd>
          <dd className="text-slate-600 dark:text-slate-400">{t.passed} passed</dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-slate-600 dark:text-slate-400">Brier score, as shown</dt>
          <dd className="text-2xl font-bold tabular-nums" data-testid="brier">
            {score(t.shown.brier)}
          </dd>
          <dd className="text-slate-600 dark:text-slate-400">{t.shown.count} with a prediction</dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-slate-600 dark:text-slate-400">Calibration error (ECE)</dt>
          <dd className="text-2xl font-bold tabular-nums">{score(t.shown.ece)}</dd>
          <dd className="text-slate-600 dark:text-slate-400">10 bins</dd>
        </div>
        <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-900">
          <dt className="text-slate-600 dark:text-slate-400">Brier, model uncalibrated</dt>
          <dd className="text-2xl font-bold tabular-nums">{score(t.model.brier)}</dd>
          <dd className="text-slate-600 dark:text-slate-400">all {t.model.count} results</dd>
        </div>
      </dl>
      {t.reported > 0 && (
        <>
          <h3 className="mt-5 font-semibold">Predicted against observed pass rate</h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Each prediction is what the learner was shown on the morning of their exam{t.withoutPrediction ? `; ${t.withoutPrediction} results had too little evidence for one and are left out` : ""}.
            Points on the dashed line are well calibrated; the bigger the point, the more results behind it.
          </p>
          <ReliabilityChart bins={t.shown.bins} label={chartLabel(t)} />
          <DataTable
            caption={`${t.code}: predicted and observed pass rate by bin`}
            columns={[{ label: "Predicted" }, { label: "Results" }, { label: "Mean prediction" }, { label: "Observed pass rate" }]}
            className="mt-3"
          >
            {t.shown.bins.map((b) => (
              <tr key={b.from}>
                <th scope="row" className="px-4 py-1.5 font-normal tabular-nums">
                  {pct(b.from)}–{pct(b.to)}
                </th>
                <td className="px-4 py-1.5 tabular-nums">{b.count}</td>
                <td className="px-4 py-1.5 tabular-nums">{pct(b.predicted)}</td>
                <td className="px-4 py-1.5 tabular-nums">{pct(b.observed)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {t.canRefit && (
        <div className="mt-4">
          <RefitForm code={t.code} calibrated={t.inForce !== null} />
        </div>
      )}
    </section>
  );
}

export default async function CalibrationPage() {
  await requireRole("admin");
  const report = await getCalibrationReport();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Calibration against exam results</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Learners report their real exam results. Once a certification has {CALIBRATION_MIN_OUTCOMES} of them, a calibration fitted on them corrects every learner&apos;s
        pass probability. You put a new fit in force here, after looking at how the predictions held up, so that no single report moves everyone&apos;s numbers unseen.
      </p>
      <div className="mt-8 space-y-8">
        {report.map((t) => (
          <TargetSection key={t.code} t={t} />
        ))}
      </div>
    </div>
  );
}
