import Papa from "papaparse";
import { getHoursRecord } from "@/lib/data/dashboard";

/** The learner's education-hours record for one certification, as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const record = await getHoursRecord(code.toUpperCase());
  if (!record) return new Response("Unknown certification", { status: 404 });
  const csv = Papa.unparse({
    fields: ["Learner", "Certification", "Course", "Hours the course counts for", "Lesson minutes", "Completed minutes", "Hours counted"],
    data: record.rows.map((r) => [record.learner, record.target, r.courseTitle, r.educationHours, r.totalMinutes, r.completedMinutes, r.counted]),
  });
  const footer = `\r\nTotal,,,,,,${record.total}${record.required ? `\r\nRequired,,,,,,${record.required}` : ""}`;
  return new Response(csv + footer, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="kaizen-education-hours-${code.toLowerCase()}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
