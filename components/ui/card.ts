/** The bordered panel the app groups content in: a summary tile, a course in a list, a module. */
export const cardClass = "rounded-xl border border-slate-200 p-5 dark:border-slate-800";
