import Link from "next/link";
import type { ReactNode } from "react";

// Navigation only: each HR page, action and route checks the role and organisation itself.
export default function HrLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <nav aria-label="HR" className="border-b border-slate-200 bg-slate-50 print:hidden dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl gap-4 px-4 py-2 text-sm">
          <Link href="/hr" className="font-medium hover:underline">
            Cohort dashboard
          </Link>
          <Link href="/hr/people" className="font-medium hover:underline">
            People and invitations
          </Link>
          <Link href="/hr/cohorts" className="font-medium hover:underline">
            Cohorts and assignments
          </Link>
        </div>
      </nav>
      {children}
    </>
  );
}
