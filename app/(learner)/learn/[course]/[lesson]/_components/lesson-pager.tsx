"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

type Target = { href: string; title: string } | undefined;

/** Previous/next links, also reachable with the arrow keys when focus is not in a field. */
export function LessonPager({ previous, next }: { previous: Target; next: Target }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      if (event.key === "ArrowLeft" && previous) router.push(previous.href);
      if (event.key === "ArrowRight" && next) router.push(next.href);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [previous, next, router]);

  return (
    <nav aria-label="Lessons" className="mt-8 grid gap-3 sm:grid-cols-2">
      {previous ? (
        <Link href={previous.href} rel="prev" className="rounded-lg border border-slate-200 p-4 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
          <span className="block text-xs text-slate-600 dark:text-slate-400">← Previous</span>
          <span className="font-medium">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={next.href} rel="next" className="rounded-lg border border-slate-200 p-4 text-right hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-900">
          <span className="block text-xs text-slate-600 dark:text-slate-400">Next →</span>
          <span className="font-medium">{next.title}</span>
        </Link>
      )}
      <p className="text-xs text-slate-600 sm:col-span-2 dark:text-slate-400">Tip: use the ← and → keys to move between lessons.</p>
    </nav>
  );
}
