// Route handlers are public HTTP endpoints like actions: each declares who may
// call it, and the session it reads is the one the data layer sees.
import "server-only";
import { forbidden } from "next/navigation";
import { requireSession, withSession } from "@/lib/data/viewer";
import { declare, mayCall, type Access } from "./action-client";

type Context<P> = { params: Promise<P> };

export function routeHandler<P = Record<string, never>>(access: Access, handle: (request: Request, context: Context<P>) => Promise<Response> | Response) {
  return declare(
    async (request: Request, context: Context<P>): Promise<Response> => {
      if (access === "anyone") return handle(request, context);
      const session = await requireSession();
      if (!mayCall(access, session.viewer)) forbidden();
      return withSession(session, async () => handle(request, context));
    },
    { access, kind: "route" },
  );
}
