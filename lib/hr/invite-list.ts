// The people HR invites, from a pasted list of addresses or an uploaded CSV:
// every row is checked, and one bad row stops the whole import.
import Papa from "papaparse";
import { z } from "zod";

export type InviteRow = { row: number; email: string; error?: string };

const EMAIL = z.email();
export const MAX_INVITES = 500;

/** Pasted text: one address per line, or separated by commas or semicolons. */
function pastedRows(text: string): string[] {
  return text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);
}

/** A CSV with an "email" column (any case), or a single column of addresses without a header. */
function csvRows(text: string): { emails: string[]; firstRow: number } {
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: "greedy" });
  const rows = parsed.data.map((r) => r.map((c) => String(c ?? "").trim()));
  const column = rows[0]?.map((c) => c.toLowerCase()).indexOf("email") ?? -1;
  if (column >= 0) return { emails: rows.slice(1).map((r) => r[column] ?? ""), firstRow: 2 };
  return { emails: rows.map((r) => r.find(Boolean) ?? ""), firstRow: 1 };
}

/**
 * Each row with its problem, if any: not an address, or the same address twice.
 * Rows are numbered as the person sees them (a CSV's header is row 1).
 */
export function parseInviteList({ emails, csv }: { emails: string; csv: string }): InviteRow[] {
  const fromCsv = csv.trim() ? csvRows(csv) : { emails: [], firstRow: 1 };
  const all = [
    ...pastedRows(emails).map((email, i) => ({ email, row: i + 1, from: "list" })),
    ...fromCsv.emails.map((email, i) => ({ email, row: i + fromCsv.firstRow, from: "CSV" })),
  ];
  const seen = new Set<string>();
  return all.map(({ email, row, from }) => {
    const where = `${from} row ${row}`;
    const normal = email.toLowerCase();
    if (!email) return { row, email, error: `${where}: no email address.` };
    if (email.length > 254 || !EMAIL.safeParse(normal).success) return { row, email: email.slice(0, 80), error: `${where}: "${email.slice(0, 60)}" is not an email address.` };
    if (seen.has(normal)) return { row, email: normal, error: `${where}: ${normal} appears twice.` };
    seen.add(normal);
    return { row, email: normal };
  });
}
