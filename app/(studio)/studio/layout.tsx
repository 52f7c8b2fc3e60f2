import Link from "next/link";
import type { ReactNode } from "react";

// Navigation only: each studio page and action checks the role itself.
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <nav aria-label="Studio" className="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl gap-4 px-4 py-2 text-sm">
          <Link href="/studio" className="font-medium hover:underline">
            My courses
          </Link>
          <Link href="/studio/questions" className="font-medium hover:underline">
            Question banks
          </Link>
        </div>
      </nav>
      {children}
    </>
  );
}
