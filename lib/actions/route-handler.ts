// Route handlers are public HTTP endpoints like actions: each declares who may
// call it, and the session it reads is the one the data layer sees.
import "server-only";
import { forbidden } from "next/navigation";
import { requireSession, withSession } from "@/lib/data/viewer";
import { requestLog } from "@/lib/log";
import { STORAGE_FAILURE_MESSAGE, storageFailureOf } from "@/lib/storage-failure";
import { logStorageFailure } from "@/lib/storage-failure-log";
import { declare, mayCall, type Access } from "./action-client";

type Context<P> = { params: Promise<P> };

export function routeHandler<P = Record<string, never>>(access: Access, handle: (request: Request, context: Context<P>) => Promise<Response> | Response) {
  const run = async (request: Request, context: Context<P>): Promise<Response> => {
    if (access === "anyone") return handle(request, context);
    const session = await requireSession();
    if (!mayCall(access, session.viewer)) forbidden();
    return withSession(session, async () => handle(request, context));
  };
  return declare(
    async (request: Request, context: Context<P>): Promise<Response> => {
      try {
        return await run(request, context);
      } catch (error) {
        const failure = storageFailureOf(error);
        if (!failure) throw error;
        logStorageFailure(await requestLog(), failure, error);
        // 503 with the action's message: the instance is up, its storage is not.
        return Response.json({ error: STORAGE_FAILURE_MESSAGE }, { status: 503, headers: { "cache-control": "no-store", "retry-after": "60" } });
      }
    },
    { access, kind: "route" },
  );
}
