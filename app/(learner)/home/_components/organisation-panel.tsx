import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { cardClass } from "@/components/ui/card";
import type { MyOrganisation } from "@/lib/data/organisations/list-my-organisation";
import { formatDate } from "@/lib/format";
import { acceptInviteAction, declineInviteAction, leaveOrganisationAction } from "../../organisation-actions";

const daysLeftText = (days: number) => (days > 1 ? `${days} days left` : days === 1 ? "1 day left" : days === 0 ? "due today" : `${-days} ${days === -1 ? "day" : "days"} overdue`);

/** Invitations waiting for the learner, their organisation and what its HR assigned them. */
export function OrganisationPanel({ organisation }: { organisation: MyOrganisation }) {
  const { membership, invitations, assignments } = organisation;
  if (!membership && invitations.length === 0) return null;
  return (
    <section aria-labelledby="organisation-heading" className="mt-8 space-y-4" data-testid="organisation-panel">
      <h2 id="organisation-heading" className="text-xl font-bold">
        {membership ? membership.name : "Invitations"}
      </h2>
      {invitations.map((i) => (
        <div key={i.id} className={`${cardClass} flex flex-wrap items-center justify-between gap-3`}>
          <p>
            <span className="font-semibold">{i.organisation}</span> invited you on {formatDate(i.at)}. Its HR team will see your progress, readiness, hours and
            certificates, never your answers, notes or comments.
          </p>
          <div className="flex gap-2">
            <ActionButton action={acceptInviteAction} fields={{ inviteId: i.id }} label="Accept" variant="primary" ariaLabel={`Accept the invitation from ${i.organisation}`} />
            <ActionButton action={declineInviteAction} fields={{ inviteId: i.id }} label="Decline" ariaLabel={`Decline the invitation from ${i.organisation}`} />
          </div>
        </div>
      ))}
      {membership && (
        <>
          {assignments.length === 0 ? (
            <p className="text-slate-700 dark:text-slate-300">Nothing assigned to you yet.</p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2" data-testid="assignments">
              {assignments.map((a) => (
                <li key={a.id} className={cardClass}>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {a.cohort} · {a.kind === "target" ? "exam" : "course"}
                  </p>
                  <p className="font-semibold">
                    <Link href={a.href} className="hover:underline">
                      {a.title}
                    </Link>
                  </p>
                  <p className={`text-sm ${a.daysLeft < 0 && !a.complete ? "font-semibold text-red-700 dark:text-red-400" : "text-slate-700 dark:text-slate-300"}`}>
                    {a.kind === "target" ? "Exam" : "Due"} {formatDate(a.dueDate)} · {a.complete ? "complete" : daysLeftText(a.daysLeft)}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {membership.kind === "member" && (
            <div className="text-sm text-slate-700 dark:text-slate-300">
              <p>Your HR team sees your progress, readiness, hours and certificates. Leaving keeps your own history with you.</p>
              <div className="mt-2">
                <ActionButton action={leaveOrganisationAction} label={`Leave ${membership.name}`} variant="ghost" />
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
