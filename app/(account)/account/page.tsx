import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/table";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listActiveSessions } from "@/lib/data/account/list-active-sessions";
import { requireViewer } from "@/lib/data/viewer";
import { formatDateTime } from "@/lib/format";
import { signOutEverywhereAction } from "./actions";
import { ChangePasswordForm } from "./_components/change-password-form";
import { EndSessionForm } from "./_components/end-session-form";

export const metadata: Metadata = { title: "Your account" };

function Time({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatDateTime(at)}</time>;
}

export default async function AccountPage() {
  const viewer = await requireViewer();
  const sessions = await listActiveSessions();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {viewer.name} · {viewer.email} · {ROLE_LABELS[viewer.role]}
      </p>

      <section aria-labelledby="password-heading" className="mt-10">
        <h2 id="password-heading" className="text-xl font-semibold">
          Change password
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600 dark:text-slate-400">
          Required fields are marked *. Changing it signs you out everywhere else; this browser stays signed in.
        </p>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="sessions-heading" className="mt-12">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Where you are signed in
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">If you don&apos;t recognise a session, sign it out and change your password.</p>
        <DataTable className="mt-4" caption="Your active sessions" columns={[{ label: "Device" }, { label: "Address" }, { label: "Signed in" }, { label: "Last seen" }, { label: "Action", visuallyHidden: true }]}>
              {sessions.map((s) => (
                <tr key={s.id} data-testid="session-row">
                  <td className="px-4 py-3 font-medium">{s.device}</td>
                  <td className="px-4 py-3 text-slate-700 dark:text-slate-300">{s.ip ?? "unknown"}</td>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-700 dark:text-slate-300">
                    <Time at={s.signedInAt} />
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-700 dark:text-slate-300">
                    <Time at={s.lastSeenAt} />
                  </td>
                  <td className="px-4 py-3">
                    {s.current ? (
                      <span className="font-medium text-brand-700 dark:text-emerald-300">This browser</span>
                    ) : (
                      <EndSessionForm sessionId={s.id} label={`${s.device} (${s.ip ?? "unknown address"})`} />
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
        <form action={signOutEverywhereAction} className="mt-4">
          <Button type="submit" variant="danger">
            Sign out everywhere
          </Button>
        </form>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Ends every session, this one included.</p>
      </section>
    </div>
  );
}
