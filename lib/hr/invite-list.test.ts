import { describe, expect, it } from "vitest";
import { parseInviteList } from "./invite-list";

describe("parseInviteList", () => {
  it("reads pasted addresses split by lines, commas or semicolons, lower-cased", () => {
    expect(parseInviteList({ emails: "Ana@Example.com\nbo@example.com, cy@example.com;dee@example.com", csv: "" })).toEqual([
      { row: 1, email: "ana@example.com" },
      { row: 2, email: "bo@example.com" },
      { row: 3, email: "cy@example.com" },
      { row: 4, email: "dee@example.com" },
    ]);
  });

  it("reads a CSV by its email column, numbering rows as a spreadsheet does", () => {
    const rows = parseInviteList({ emails: "", csv: 'name,Email\n"Okafor, Amara",amara@example.com\n\nBroken,not-an-address\nNo address,\n' });
    expect(rows).toEqual([
      { row: 2, email: "amara@example.com" },
      { row: 4, email: "not-an-address", error: 'CSV row 4: "not-an-address" is not an email address.' },
      { row: 5, email: "", error: "CSV row 5: no email address." },
    ]);
  });

  it("reads a headerless single-column CSV, and reports an address given twice", () => {
    expect(parseInviteList({ emails: "ana@example.com", csv: "bo@example.com\nANA@example.com\n" })).toEqual([
      { row: 1, email: "ana@example.com" },
      { row: 1, email: "bo@example.com" },
      { row: 2, email: "ana@example.com", error: "CSV row 2: ana@example.com appears twice." },
    ]);
  });
});
