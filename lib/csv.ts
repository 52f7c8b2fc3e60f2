// CSV for downloads that people open in spreadsheets.
import Papa from "papaparse";

/**
 * A cell starting with one of these is run as a formula by Excel, LibreOffice
 * and Google Sheets ("CSV injection"), so it gets a leading apostrophe. Papa's
 * own `escapeFormulae: true` pattern ends in `.*$` without the s flag and so
 * misses any value with a line break after the first character.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null;

/** One header row and the data rows, every text cell formula-escaped. Numbers stay numbers. */
export function toCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((r) => [...r]) }, { escapeFormulae: FORMULA_START });
}
