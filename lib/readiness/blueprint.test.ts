import { describe, expect, it } from "vitest";
import { blueprintOn } from "./blueprint";

const eco2021 = { name: "2021", effectiveFrom: new Date("2021-01-02T00:00:00Z") };
const eco2026 = { name: "July 2026", effectiveFrom: new Date("2026-07-09T00:00:00Z") };

describe("blueprintOn", () => {
  it("switches to the new outline on its effective date", () => {
    expect(blueprintOn([eco2026, eco2021], new Date("2026-07-08T23:59:59Z"))?.name).toBe("2021");
    expect(blueprintOn([eco2026, eco2021], new Date("2026-07-09T00:00:00Z"))?.name).toBe("July 2026");
    expect(blueprintOn([eco2021], new Date("2020-12-31T00:00:00Z"))).toBeNull();
  });
});
