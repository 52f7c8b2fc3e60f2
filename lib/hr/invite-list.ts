// The people HR invites, from a pasted list of addresses or an uploaded CSV:
// every row is checked, and one bad row stops the whole import.
import Papa from "papaparse";
import "@/lib/validation/zod-config";
import { z } from "zod";

export type InviteRow = { row: number; email: string; error?: string };

const EMAIL = z.email();
export const MAX_INVITES = 500;

/** Pasted text: one address per line, or separated by commas or semicolons. */
function pastedRows(text: string): string[] {
  return text.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean);
}

/** A CSV with an "email" column (any case), or a single column of addresses without a header; blank rows are skipped but counted. */
function csvRows(text: string): { email: string; row: number }[] {
  const rows = Papa.parse<string[]>(text.replace(/\s+$/, "")).data.map((r) => r.map((c) => String(c ?? "").trim()));
  const column = rows[0]?.map((c) => c.toLowerCase()).indexOf("email") ?? -1;
  const numbered = rows.map((cells, i) => ({ cells, row: i + 1 })).filter(({ cells }) => cells.some(Boolean));
  if (column >= 0) return numbered.filter(({ row }) => row > 1).map(({ cells, row }) => ({ email: cells[column] ?? "", row }));
  return numbered.map(({ cells, row }) => ({ email: cells.find(Boolean) ?? "", row }));
}

/**
 * Each row with its problem, if any: not an address, or the same address twice.
 * Rows are numbered as the person sees them (a CSV's header is row 1).
 */
export function parseInviteList({ emails, csv }: { emails: string; csv: string }): InviteRow[] {
  const all = [...pastedRows(emails).map((email, i) => ({ email, row: i + 1, from: "list" })), ...(csv.trim() ? csvRows(csv) : []).map((r) => ({ ...r, from: "CSV" }))];
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
