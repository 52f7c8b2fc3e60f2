import { routeHandler } from "@/lib/actions/route-handler";
import { getCohortDashboard } from "@/lib/data/hr/get-cohort-dashboard";
import { aggregateCsv, membersCsv } from "@/lib/hr/cohort-csv";
import { cohortViewSchema } from "@/lib/validation/hr";

/** The cohort dashboard as CSV, with the filters of the page it was downloaded from. */
export const GET = routeHandler(["hr", "admin"], async (request) => {
  const view = cohortViewSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const dashboard = await getCohortDashboard(view);
  if (!dashboard?.cohort) return new Response("No cohort to export.", { status: 404 });
  const csv = dashboard.aggregate
    ? aggregateCsv(dashboard.aggregate, dashboard.exam, dashboard.courses)
    : membersCsv(dashboard.allRows, dashboard.exam, dashboard.courses, dashboard.summary);
  const slug = dashboard.cohort.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "cohort";
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="kaizen-cohort-${slug}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
