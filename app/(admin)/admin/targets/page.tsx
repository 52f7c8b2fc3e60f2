import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { listTargetsForAdmin } from "@/lib/data/targets/list-targets-for-admin";
import { requireRole } from "@/lib/data/viewer";
import type { RenewalRule } from "@/lib/pdu/rules";
import { TargetRulesForm } from "./_components/target-rules-form";

export const metadata: Metadata = { title: "Certification targets" };

function renewalSummary(rule: RenewalRule | null): string {
  if (!rule) return "Does not renew by PDUs";
  const parts = [`${rule.total} PDUs every ${rule.cycleYears === 1 ? "year" : `${rule.cycleYears} years`}`];
  if (rule.minEducation > 0) parts.push(`${rule.minEducation}+ Education`);
  if (rule.minPerTriangleArea > 0) parts.push(`${rule.minPerTriangleArea}+ per area`);
  parts.push(`Giving Back up to ${rule.maxGivingBack}${rule.maxPractitioner === undefined ? "" : `, of which working as a practitioner up to ${rule.maxPractitioner}`}`);
  return parts.join(" · ");
}

export default async function TargetsPage() {
  await requireRole("admin");
  const targets = await listTargetsForAdmin();
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Certification targets</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        What each certification asks of a learner: the contact hours of education needed to apply, and how it renews with professional development units.
        The dashboard and the PDU ledger use these rules. Once you save a target&apos;s rules here, restarts keep your values instead of the shipped ones.
      </p>

      <DataTable
        caption="Certification targets and their rules"
        columns={[{ label: "Certification" }, { label: "Education hours" }, { label: "Renewal", className: "min-w-56" }, { label: "Rules from", className: "whitespace-nowrap" }]}
        className="mt-6"
      >
        {targets.map((t) => (
          <tr key={t.code} data-testid={`target-row-${t.code}`}>
            <td className="min-w-48 px-4 py-3">
              <a href={`#target-${t.code}`} className="font-medium underline-offset-2 hover:underline">
                {t.name}
              </a>
              <span className="block text-xs text-slate-600 dark:text-slate-400">{t.code}</span>
            </td>
            <td className="px-4 py-3 tabular-nums">{t.educationHoursRequired ?? "None"}</td>
            <td className="min-w-56 px-4 py-3 text-slate-700 dark:text-slate-300">{renewalSummary(t.renewalRule)}</td>
            <td className="px-4 py-3 whitespace-nowrap">
              {t.rulesEditedAt ? <Badge tone="brand">Edited {formatDateTime(t.rulesEditedAt)}</Badge> : <Badge>Shipped</Badge>}
            </td>
          </tr>
        ))}
      </DataTable>

      {targets.map((t) => (
        <section key={t.code} id={`target-${t.code}`} aria-labelledby={`target-${t.code}-heading`} className="mt-10 scroll-mt-6 rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          <h2 id={`target-${t.code}-heading`} className="text-xl font-bold">
            {t.name}
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.description}</p>
          <div className="mt-4">
            <TargetRulesForm code={t.code} name={t.name} educationHoursRequired={t.educationHoursRequired} renewalRule={t.renewalRule} />
          </div>
        </section>
      ))}
    </div>
  );
}
