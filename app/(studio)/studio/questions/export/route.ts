import { routeHandler } from "@/lib/actions/route-handler";
import { AUTHORS } from "@/lib/auth/roles";
import { exportQuestions } from "@/lib/data/studio/export-questions";

// Downloads the questions of one bank that the caller may edit, as JSON.
export const GET = routeHandler(AUTHORS, async (request) => {
  const target = new URL(request.url).searchParams.get("target") ?? "";
  const json = /^[A-Z0-9-]{1,20}$/.test(target) ? await exportQuestions(target) : null;
  if (!json) return new Response("No questions of that bank that you may edit.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(json, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${target.toLowerCase()}-questions.json"`,
      "cache-control": "no-store",
    },
  });
});
