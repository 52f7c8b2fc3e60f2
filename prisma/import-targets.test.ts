// Importing targets.yaml again (every start) must not undo an admin's edit.
import { describe, expect, it } from "vitest";
import { loadTargets } from "@/lib/content/targets";
import { testDb } from "@/test/helpers";
import { importTargets } from "./import-targets";

describe("importTargets", () => {
  it("follows the file for targets no admin has edited, and keeps an admin's rule and hours", async () => {
    const shipped = loadTargets();
    await testDb.certificationTarget.update({
      where: { code: "PMP" },
      data: { educationHoursRequired: 40, renewalRule: JSON.stringify({ cycleYears: 3, total: 70, minEducation: 35, maxGivingBack: 25, minPerTriangleArea: 8 }), rulesEditedAt: new Date() },
    });
    await testDb.certificationTarget.update({ where: { code: "CAPM" }, data: { educationHoursRequired: 99, name: "Renamed" } });

    await importTargets(testDb, shipped);

    const rows = await testDb.certificationTarget.findMany({ orderBy: { position: "asc" }, select: { code: true, name: true, educationHoursRequired: true, renewalRule: true } });
    expect(rows.map((r) => r.code)).toEqual(shipped.map((t) => t.code));
    const [pmp, capm] = rows;
    expect(pmp).toMatchObject({ educationHoursRequired: 40 });
    expect(JSON.parse(pmp!.renewalRule!)).toMatchObject({ total: 70 });
    expect(capm).toMatchObject({ name: shipped[1]!.name, educationHoursRequired: 23 });
  });
});
