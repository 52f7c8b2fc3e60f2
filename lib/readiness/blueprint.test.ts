import { describe, expect, it } from "vitest";
import { blueprintOn, blueprintsOn } from "./blueprint";

const eco2021 = { name: "2021", effectiveFrom: new Date("2021-01-02T00:00:00Z") };
const eco2026 = { name: "July 2026", effectiveFrom: new Date("2026-07-09T00:00:00Z") };

describe("blueprintOn", () => {
  it("switches to the new outline on its effective date", () => {
    expect(blueprintOn([eco2026, eco2021], new Date("2026-07-08T23:59:59Z"))?.name).toBe("2021");
    expect(blueprintOn([eco2026, eco2021], new Date("2026-07-09T00:00:00Z"))?.name).toBe("July 2026");
    expect(blueprintOn([eco2021], new Date("2020-12-31T00:00:00Z"))).toBeNull();
  });
});

describe("blueprintsOn", () => {
  const on = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const mixed = { name: "mixed", format: "", effectiveFrom: on("2022-01-01") };
  const iassc = { name: "IASSC", format: "iassc", effectiveFrom: on("2022-01-01") };
  const asq2022 = { name: "ASQ 2022", format: "asq-cssgb", effectiveFrom: on("2022-01-01") };
  const asq2027 = { name: "ASQ 2027", format: "asq-cssgb", effectiveFrom: on("2027-03-01") };

  it("gives each format's latest blueprint in force, by format code", () => {
    expect(blueprintsOn([iassc, asq2027, asq2022], on("2026-11-30")).map((b) => b.name)).toEqual(["ASQ 2022", "IASSC"]);
    expect(blueprintsOn([iassc, asq2027, asq2022], on("2027-03-01")).map((b) => b.name)).toEqual(["ASQ 2027", "IASSC"]);
    expect(blueprintsOn([iassc, asq2022], on("2021-12-31"))).toEqual([]);
  });

  it("lets blueprintOn pick the first format, so readiness has one blueprint per target", () => {
    expect(blueprintOn([iassc, asq2022], on("2026-11-30"))?.name).toBe("ASQ 2022");
    expect(blueprintsOn([mixed, iassc], on("2026-11-30")).map((b) => b.name)).toEqual(["mixed", "IASSC"]);
  });
});
