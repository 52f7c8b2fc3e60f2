import { describe, expect, it } from "vitest";
import { bankFloorRows, shortOf } from "./bank-floors";

const item = (domain: string, task = "t1") => ({ target: "X", domain, task });
const weights = new Map([["X", [{ format: "", domains: [{ code: "a", weight: 0.6 }, { code: "b", weight: 0.4 }] }]]]);

describe("bankFloorRows", () => {
  it("passes a bank that meets its total, its domain shares and its per-task minimum", () => {
    const bank = [...Array(6)].map(() => item("a")).concat([...Array(4)].map(() => item("b", "t2")));
    const rows = bankFloorRows(bank, [{ code: "X", examBank: { minItems: 10, minPerTask: 4 } }], weights);
    expect(shortOf(rows)).toEqual([]);
    expect(rows.map((r) => `${r.scope}:${r.name} ${r.count}/${r.floor}`)).toEqual(["total:all items 10/10", "domain:a 6/6", "domain:b 4/4", "task:t1 6/4", "task:t2 4/4"]);
  });

  it("reports each floor a bank falls short of", () => {
    const bank = [...Array(8)].map(() => item("a")).concat([item("b", "t2")]);
    const short = shortOf(bankFloorRows(bank, [{ code: "X", examBank: { minItems: 10, minPerTask: 2 } }], weights));
    expect(short.map((r) => r.name)).toEqual(["all items", "b", "t2"]);
  });

  it("holds each format to its own weights over the items it draws on", () => {
    // Format "two" has no domain c: its shares are of the a and b items only.
    const formats = new Map([["X", [
      { format: "one", domains: [{ code: "a", weight: 0.4 }, { code: "b", weight: 0.4 }, { code: "c", weight: 0.2 }] },
      { format: "two", domains: [{ code: "a", weight: 0.5 }, { code: "b", weight: 0.5 }] },
    ]]]);
    const bank = [...Array(4)].map(() => item("a")).concat([...Array(3)].map(() => item("b")), [...Array(3)].map(() => item("c")));
    const rows = bankFloorRows(bank, [{ code: "X", examBank: { minItems: 10 } }], formats).filter((r) => r.scope === "domain");
    expect(rows.map((r) => `${r.name} ${r.count}/${r.floor}`)).toEqual(["a (one) 4/4", "b (one) 3/4", "c (one) 3/2", "a (two) 4/3", "b (two) 3/3"]);
  });

  it("ignores targets without floors", () => {
    expect(bankFloorRows([item("a")], [{ code: "X" }], weights)).toEqual([]);
  });
});
