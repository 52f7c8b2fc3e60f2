import type { NextRequest } from "next/server";
import { routeHandler } from "@/lib/actions/route-handler";
import { handlers } from "@/lib/auth";

// Auth.js's own endpoints (session, CSRF token, credentials callback): open by
// nature; the credentials check itself is rate-limited in lib/data/auth.
export const GET = routeHandler("anyone", (request) => handlers.GET(request as NextRequest));
export const POST = routeHandler("anyone", (request) => handlers.POST(request as NextRequest));
