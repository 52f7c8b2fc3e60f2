import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

const cellsOf = (csv: string) => Papa.parse<string[]>(csv).data[1]!;

describe("toCsv", () => {
  it.each(["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=1+1\nsecond line", "=cmd|' /C calc'!A0"])(
    "escapes a cell that a spreadsheet would run: %j",
    (value) => {
      const [cell] = cellsOf(toCsv(["a"], [[value]]));
      expect(cell).toBe(`'${value}`);
    },
  );

  it("leaves ordinary text and numbers, negative ones included, as they are", () => {
    expect(toCsv(["name", "hours", "delta"], [["Zoë Ødegaard", 3.5, -2], ["a=b", 0, null]])).toBe("name,hours,delta\r\nZoë Ødegaard,3.5,-2\r\na=b,0,");
  });

  it("quotes what needs quoting", () => {
    expect(cellsOf(toCsv(["a", "b"], [['He said "hi", twice', "line\nbreak"]]))).toEqual(['He said "hi", twice', "line\nbreak"]);
  });
});
