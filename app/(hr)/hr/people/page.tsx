import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { cardClass } from "@/components/ui/card";
import { DataTable, EmptyTableRow } from "@/components/ui/table";
import { listPeople } from "@/lib/data/hr/list-people";
import { requireRole } from "@/lib/data/viewer";
import { env } from "@/lib/env";
import { formatDate, formatDateTime } from "@/lib/format";
import { removeMemberAction, revokeInviteAction, revokeInviteLinkAction, setReportingAction, createInviteLinkAction } from "../actions";
import { InviteForm } from "../_components/invite-form";
import { SimpleForm } from "../_components/simple-form";

export const metadata: Metadata = { title: "People and invitations" };

const select = "mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

export default async function PeoplePage() {
  await requireRole("hr", "admin");
  const people = await listPeople();
  if (!people) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-10">
        <h1 className="text-3xl font-bold tracking-tight">People and invitations</h1>
        <p className="mt-2">You are not HR of an organisation yet.</p>
      </div>
    );
  }
  const base = env().AUTH_URL ?? "";
  const now = new Date();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <p className="text-sm text-slate-600 dark:text-slate-400">{people.organisation.name}</p>
      <h1 className="text-3xl font-bold tracking-tight">People and invitations</h1>

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="invite-heading" className={cardClass}>
          <h2 id="invite-heading" className="text-lg font-bold">
            Invite people
          </h2>
          <div className="mt-3">
            <InviteForm />
          </div>
        </section>
        <div className="space-y-6">
          <section aria-labelledby="link-heading" className={cardClass}>
            <h2 id="link-heading" className="text-lg font-bold">
              Invite link
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">Anyone signed in who opens it may join until it expires or you revoke it.</p>
            <SimpleForm action={createInviteLinkAction} submit="Create link" className="mt-3">
              <label htmlFor="link-days" className="block text-sm font-medium">
                Works for
              </label>
              <select id="link-days" name="days" defaultValue="14" className={select}>
                <option value="1">1 day</option>
                <option value="7">7 days</option>
                <option value="14">14 days</option>
                <option value="30">30 days</option>
              </select>
            </SimpleForm>
            <ul className="mt-4 space-y-2 text-sm" data-testid="invite-links">
              {people.links.map((l) => {
                const live = !l.revokedAt && l.expiresAt > now;
                return (
                  <li key={l.id} className="flex flex-wrap items-center gap-2">
                    <code className={`break-all ${live ? "" : "text-slate-500 line-through"}`}>{`${base}/join/${l.token}`}</code>
                    <span className="text-slate-600 dark:text-slate-400">
                      {l.revokedAt ? "revoked" : live ? `until ${formatDateTime(l.expiresAt)}` : "expired"}
                    </span>
                    {live && <ActionButton action={revokeInviteLinkAction} fields={{ linkId: l.id }} label="Revoke" variant="ghost" ariaLabel="Revoke this link" />}
                  </li>
                );
              })}
            </ul>
          </section>
          <section aria-labelledby="reporting-heading" className={cardClass}>
            <h2 id="reporting-heading" className="text-lg font-bold">
              Reporting
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Aggregate-only: the dashboard and exports show no names, and any group of fewer than 5 people is suppressed.
            </p>
            <SimpleForm action={setReportingAction} submit="Save reporting" className="mt-3">
              <label htmlFor="aggregate-only" className="block text-sm font-medium">
                Reports
              </label>
              <select id="aggregate-only" name="aggregateOnly" defaultValue={people.organisation.aggregateOnly ? "on" : "off"} className={select}>
                <option value="off">By name</option>
                <option value="on">Aggregate-only</option>
              </select>
            </SimpleForm>
          </section>
        </div>
      </div>

      <section aria-labelledby="members-heading" className="mt-10">
        <h2 id="members-heading" className="text-xl font-bold">
          Members ({people.members.length})
        </h2>
        <DataTable caption="Members" columns={[{ label: "Name" }, { label: "Email" }, { label: "Joined" }, { label: "Cohorts" }, { label: "Actions", visuallyHidden: true }]} className="mt-3">
          {people.members.length === 0 ? (
            <EmptyTableRow columns={5}>Nobody has joined yet.</EmptyTableRow>
          ) : (
            people.members.map((m) => (
              <tr key={m.id}>
                <td className="px-4 py-2">{m.name}</td>
                <td className="px-4 py-2">{m.email}</td>
                <td className="px-4 py-2">{formatDate(m.joinedAt)}</td>
                <td className="px-4 py-2">{m.cohorts.join(", ") || "—"}</td>
                <td className="px-4 py-2">
                  <ActionButton action={removeMemberAction} fields={{ userId: m.id }} label="Remove" variant="ghost" ariaLabel={`Remove ${m.name} from the organisation`} />
                </td>
              </tr>
            ))
          )}
        </DataTable>
      </section>

      <section aria-labelledby="invites-heading" className="mt-10">
        <h2 id="invites-heading" className="text-xl font-bold">
          Invitations
        </h2>
        <DataTable caption="Invitations" columns={[{ label: "Email" }, { label: "Sent" }, { label: "Status" }, { label: "Actions", visuallyHidden: true }]} className="mt-3">
          {people.invites.length === 0 ? (
            <EmptyTableRow columns={4}>No invitations yet.</EmptyTableRow>
          ) : (
            people.invites.map((i) => (
              <tr key={i.id} data-testid="invite-row">
                <td className="px-4 py-2">{i.email}</td>
                <td className="px-4 py-2">{formatDate(i.createdAt)}</td>
                <td className="px-4 py-2">{i.status}</td>
                <td className="px-4 py-2">
                  {i.status === "open" && <ActionButton action={revokeInviteAction} fields={{ inviteId: i.id }} label="Withdraw" variant="ghost" ariaLabel={`Withdraw the invitation to ${i.email}`} />}
                </td>
              </tr>
            ))
          )}
        </DataTable>
      </section>
    </div>
  );
}
