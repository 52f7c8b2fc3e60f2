import { describe, expect, it, vi } from "vitest";
import { cohortWithAnswers } from "@/test/hr-cohort";
import { actAs } from "@/test/session";
import * as report from "@/lib/hr/cohort-report";
import { getCohortDashboard } from "./get-cohort-dashboard";
import { warmMemberModels } from "./warm-member-models";

vi.mock("@/lib/hr/cohort-report", async (original) => {
  const actual = await original<typeof import("@/lib/hr/cohort-report")>();
  return { ...actual, currentReadiness: vi.fn(actual.currentReadiness), examPass: vi.fn(actual.examPass), readinessAt: vi.fn(actual.readinessAt) };
});

describe("warming the member models", () => {
  it("fits every member of a cohort with an exam, so the next view of the dashboard fits none", async () => {
    const now = new Date();
    const { hr, people, cohort } = await cohortWithAnswers(12, now);

    expect(await warmMemberModels(now)).toBeGreaterThanOrEqual(people.length);
    const fits = [report.currentReadiness, report.examPass, report.readinessAt].map((f) => vi.mocked(f));
    for (const fit of fits) fit.mockClear();
    actAs(hr);
    const dashboard = (await getCohortDashboard({ cohort: cohort.id }, now))!;
    expect(dashboard.rows).toHaveLength(people.length);
    for (const fit of fits) expect(fit).not.toHaveBeenCalled();
    expect(dashboard.rows.every((r) => r.examPass !== null && r.cells.some((c) => c.probability !== null))).toBe(true);
  });
});
