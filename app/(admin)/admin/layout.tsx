import Link from "next/link";
import type { ReactNode } from "react";

// Navigation only: each admin page and action checks the role itself.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <nav aria-label="Administration" className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl gap-4 px-4 py-2 text-sm">
          <Link href="/admin/users" className="font-medium hover:underline">
            Users
          </Link>
          <Link href="/admin/blueprints" className="font-medium hover:underline">
            Exam blueprints
          </Link>
          <Link href="/admin/targets" className="font-medium hover:underline">
            Certification targets
          </Link>
          <Link href="/admin/calibration" className="font-medium hover:underline">
            Calibration
          </Link>
          <Link href="/admin/audit" className="font-medium hover:underline">
            Audit log
          </Link>
        </div>
      </nav>
      {children}
    </>
  );
}
