type Column = { label: string; className?: string; /** Named for screen readers only (a column of buttons). */ visuallyHidden?: boolean };

/** Column headings in the house style of the app's data tables. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300">
      <tr>
        {columns.map((c) => (
          <th key={c.label} scope="col" className={`px-4 py-3 font-semibold ${c.className ?? ""}`}>
            {c.visuallyHidden ? <span className="sr-only">{c.label}</span> : c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The one row a table shows when nothing matches. */
export function EmptyTableRow({ columns, children }: { columns: number; children: React.ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="px-4 py-8 text-center text-slate-600 dark:text-slate-400">
        {children}
      </td>
    </tr>
  );
}

/**
 * A bordered data table in the house style: scrolls sideways on a narrow
 * screen, named for screen readers by its caption, rows as children. The box is
 * a focusable region, so a keyboard can scroll it when it overflows, and
 * `relative`, so a visually hidden (absolutely positioned) label in a far column
 * scrolls with the table instead of widening the page.
 */
export function DataTable({ caption, columns, children, className = "", bodyClassName = "" }: { caption: string; columns: Column[]; children: React.ReactNode; className?: string; bodyClassName?: string }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className={`relative overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800 ${className}`}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={columns} />
        <tbody className={`divide-y divide-slate-100 dark:divide-slate-800 ${bodyClassName}`}>{children}</tbody>
      </table>
    </div>
  );
}
