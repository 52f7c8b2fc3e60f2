import { getExamDayRetention } from "@/lib/data/review/get-exam-day-retention";

const pct = (p: number) => `${Math.round(p * 100)}%`;

/** How much of each domain's review cards FSRS expects the learner to recall on exam day. */
export async function ExamDayRetention({ code, domains }: { code: string; domains: { code: string; name: string }[] }) {
  const exam = (await getExamDayRetention()).find((e) => e.code === code);
  if (!exam) return null;
  const rows = domains.map((d) => ({ ...d, r: exam.domains.find((x) => x.domain === d.code) }));
  return (
    <section aria-labelledby={`recall-${code}`} className="mt-6" data-testid={`exam-day-retention-${code}`}>
      <h3 id={`recall-${code}`} className="font-semibold">
        Recall on exam day
      </h3>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Of the questions in your spaced review, the share you can expect to remember on exam day. Reviews that would fall after the exam are brought
        forward so that each card reaches {pct(exam.retention)}, if you recall it when it comes up.
      </p>
      {exam.domains.length === 0 ? (
        <p className="mt-2 text-sm" data-testid="exam-day-retention-empty">
          Questions you answer join your spaced review; their recall on exam day shows here.
        </p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <thead className="text-slate-600 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1 pr-3">Domain</th>
              <th scope="col" className="py-1 pr-3">Review cards</th>
              <th scope="col" className="py-1 pr-3">Keeping up with reviews</th>
              <th scope="col" className="py-1">Stopping now</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ code: domain, name, r }) => (
              <tr key={domain} className="border-t border-slate-200 dark:border-slate-800" data-testid={`recall-${domain}`}>
                <td className="py-1.5 pr-3">{name}</td>
                <td className="py-1.5 pr-3 tabular-nums">{r?.cards ?? 0}</td>
                <td className="py-1.5 pr-3 font-semibold tabular-nums">{r ? pct(r.planned) : "—"}</td>
                <td className="py-1.5 tabular-nums">{r ? pct(r.ifStopped) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
