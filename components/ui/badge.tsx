import type { ReactNode } from "react";

export function Badge({ children, tone = "neutral" }: { children: ReactNode; tone?: "neutral" | "brand" }) {
  const tones = {
    neutral: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
    brand: "bg-brand-50 text-brand-800 ring-1 ring-brand-100 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-900",
  };
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
