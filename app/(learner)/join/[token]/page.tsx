import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { getInviteLink } from "@/lib/data/organisations/get-invite-link";
import { formatDateTime } from "@/lib/format";
import { joinByLinkAction } from "../../organisation-actions";

export const metadata: Metadata = { title: "Join an organisation" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await getInviteLink(token);
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{link ? `Join ${link.organisation}` : "This link does not work"}</h1>
      {link ? (
        <>
          <p className="mt-3 text-slate-700 dark:text-slate-300">
            Its HR team will see your progress, readiness, hours and certificates, never your answers, notes or comments. You can leave at any time, and your own
            history stays with you.
          </p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">The link works until {formatDateTime(link.expiresAt)}.</p>
          <div className="mt-4">
            <ActionButton action={joinByLinkAction} fields={{ token }} label={`Join ${link.organisation}`} variant="primary" />
          </div>
        </>
      ) : (
        <p className="mt-3 text-slate-700 dark:text-slate-300">It has expired or was revoked: ask your HR team for a new one.</p>
      )}
      <Link href="/home" className="mt-6 inline-block underline">
        Go to my learning
      </Link>
    </div>
  );
}
