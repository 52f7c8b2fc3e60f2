const tones = {
  error: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-200 dark:ring-red-900",
  success: "bg-brand-50 text-brand-800 ring-brand-100 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-900",
  warning: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-900",
} as const;

/** The box of a message about a form or a page: an error, a success, or a warning to read before going on. */
export function noticeClass(tone: keyof typeof tones, extra = "") {
  return `rounded-md px-3 py-2 text-sm ring-1 ${tones[tone]} ${extra}`.trim();
}
