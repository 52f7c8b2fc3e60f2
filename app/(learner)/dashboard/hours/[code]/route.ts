import { routeHandler } from "@/lib/actions/route-handler";
import { toCsv } from "@/lib/csv";
import { getHoursRecord } from "@/lib/data/dashboard/get-hours-record";

/** The learner's education-hours record for one certification, as CSV. */
export const GET = routeHandler<{ code: string }>("signed-in", async (_request, { params }) => {
  const { code } = await params;
  const record = await getHoursRecord(code.toUpperCase());
  if (!record) return new Response("Unknown certification", { status: 404 });
  const rows = record.rows.map((r) => [record.learner, record.target, r.courseTitle, r.educationHours, r.totalMinutes, r.completedMinutes, r.counted]);
  rows.push(["Total", "", "", "", "", "", record.total]);
  if (record.required) rows.push(["Required", "", "", "", "", "", record.required]);
  const csv = toCsv(["Learner", "Certification", "Course", "Hours the course counts for", "Lesson minutes", "Completed minutes", "Hours counted"], rows);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="kaizen-education-hours-${code.toLowerCase()}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
