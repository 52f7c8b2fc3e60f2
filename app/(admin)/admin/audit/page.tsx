import type { Metadata } from "next";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { Pager } from "@/components/ui/pager";
import { DataTable, EmptyTableRow } from "@/components/ui/table";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { requireRole } from "@/lib/data/viewer";
import { auditFilterSchema, type AuditFilterField } from "@/lib/validation/audit";
import { fieldErrorsOf } from "@/lib/validation/form-state";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  "auth.sign-in": "Signed in",
  "auth.sign-in-failed": "Sign-in failed",
  "auth.sign-out-everywhere": "Signed out everywhere",
  "auth.password-changed": "Changed password",
  "session.revoked": "Session revoked",
  "user.role-changed": "Changed a role",
  "blueprint.saved": "Saved a blueprint",
  "target.rules-saved": "Changed a certification's rules",
  "target.calibrated": "Put a calibration against reported exam results in force",
  "certificate.issued": "Certificate issued",
  "course.created": "Created a course",
  "course.published": "Published a course",
  "course.unpublished": "Unpublished a course",
  "course.coauthor-added": "Added a co-author",
  "question.saved": "Saved a question",
};
const labelOf = (action: string) => ACTION_LABELS[action as keyof typeof ACTION_LABELS] ?? action;

const detailValue = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
const text = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
// A bad date or action cannot be shown in a date input or a select, so the message repeats it.
const quoting = (error: string | undefined, given: string) => (error && given ? `${error} You gave “${given.slice(0, 40)}”.` : error);

export default async function AuditPage({ searchParams }: Props) {
  await requireRole("admin");
  const raw = await searchParams;
  const parsed = auditFilterSchema.safeParse(raw);
  const fieldErrors = parsed.success ? {} : fieldErrorsOf<AuditFilterField>(parsed.error);
  const errors = { ...fieldErrors, action: quoting(fieldErrors.action, text(raw.action)), from: quoting(fieldErrors.from, text(raw.from)), to: quoting(fieldErrors.to, text(raw.to)) };
  const result = parsed.success ? await listAuditEvents(parsed.data) : null;
  const kept = Object.fromEntries((["action", "actor", "from", "to"] as const).map((k) => [k, text(raw[k])]).filter(([, v]) => v));
  const pageHref = (p: number) => `/admin/audit?${new URLSearchParams({ ...kept, page: String(p) })}`;

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Audit log</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">Who did what, when and from where, newest first. Times are UTC.</p>

      <form method="get" aria-label="Filter the audit log" className="mt-6 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_11rem_11rem_auto] lg:items-start">
        <div className="space-y-1">
          <label htmlFor="audit-action" className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            Action
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={text(raw.action)}
            aria-invalid={errors.action ? true : undefined}
            aria-describedby={errors.action ? "audit-action-error" : undefined}
            className={`block h-[2.625rem] w-full rounded-md border bg-white px-3 text-base text-slate-900 shadow-sm dark:bg-slate-900 dark:text-slate-100 ${
              errors.action ? "border-red-700 dark:border-red-400" : "border-slate-400 dark:border-slate-600"
            }`}
          >
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {labelOf(a)} ({a})
              </option>
            ))}
          </select>
          <p id="audit-action-error" className="min-h-5 text-sm text-red-700 dark:text-red-400" data-testid="error-action">
            {errors.action}
          </p>
        </div>
        <TextField label="Actor email" name="actor" type="search" defaultValue={text(raw.actor)} maxLength={254} placeholder="any part of the email" error={errors.actor} />
        <TextField label="From" name="from" type="date" defaultValue={text(raw.from)} error={errors.from} />
        <TextField label="To" name="to" type="date" defaultValue={text(raw.to)} error={errors.to} />
        <div className="flex gap-2 lg:pt-6">
          <Button type="submit">Filter</Button>
          <Link href="/admin/audit" className={buttonClass("secondary")}>
            Clear
          </Link>
        </div>
      </form>

      {!result ? (
        <p role="status" className="mt-4 rounded-lg bg-red-50 p-4 text-red-800 dark:bg-red-950 dark:text-red-200" data-testid="filter-problem">
          {errors.page ?? "Correct the filters above to see the log."}
        </p>
      ) : (
        <>
          <p className="mt-4 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {result.total} {result.total === 1 ? "event" : "events"}
            {result.pages > 1 ? ` · page ${result.page} of ${result.pages}` : ""}
          </p>
          <DataTable className="mt-3" caption="Audit events, newest first" columns={[{ label: "When (UTC)" }, { label: "Who" }, { label: "What" }, { label: "From" }, { label: "Detail", className: "min-w-80" }]} bodyClassName="align-top">
                {result.events.map((e) => (
                  <tr key={e.id} data-testid="audit-row">
                    <td className="px-4 py-3 whitespace-nowrap text-slate-700 dark:text-slate-300">
                      <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, "seconds")}</time>
                    </td>
                    <td className="px-4 py-3">{e.actorEmail ?? <span className="text-slate-600 dark:text-slate-400">anonymous</span>}</td>
                    <td className="px-4 py-3">
                      <span className="font-medium">{labelOf(e.action)}</span>
                      <span className="block font-mono text-xs [overflow-wrap:anywhere] text-slate-600 dark:text-slate-400">
                        {e.action}
                        {e.subjectType ? ` · ${e.subjectType} ${e.subjectId}` : ""}
                      </span>
                    </td>
                    <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{e.ip ?? "—"}</td>
                    <td className="px-4 py-3">
                      {Object.keys(e.detail).length === 0 ? (
                        <span className="text-slate-600 dark:text-slate-400">—</span>
                      ) : (
                        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs">
                          {Object.entries(e.detail).map(([k, v]) => (
                            <div key={k} className="contents">
                              <dt className="text-slate-600 dark:text-slate-400">{k}</dt>
                              <dd className="[overflow-wrap:anywhere]">
                                <bdi>{detailValue(v)}</bdi>
                              </dd>
                            </div>
                          ))}
                        </dl>
                      )}
                    </td>
                  </tr>
                ))}
                {result.events.length === 0 && <EmptyTableRow columns={5}>No events match these filters.</EmptyTableRow>}
              </DataTable>
          <Pager page={result.page} pages={result.pages} href={pageHref} previous="Newer events" next="Older events" />
        </>
      )}
    </div>
  );
}
