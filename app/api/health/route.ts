import { routeHandler } from "@/lib/actions/route-handler";

// Liveness for load balancers: answers without touching the database or the session.
export const GET = routeHandler("anyone", () => Response.json({ ok: true }, { headers: { "cache-control": "no-store" } }));
