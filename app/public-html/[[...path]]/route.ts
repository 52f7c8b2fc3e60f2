// A public page for a visitor without a session, from the copy lib/public-page-cache.ts
// describes. proxy.ts rewrites such requests here and sets this response's policy.
import { notFound } from "next/navigation";
import { routeHandler } from "@/lib/actions/route-handler";
import { cachePublicContent } from "@/lib/data/catalog/public-content-cache";
import { isCacheablePublicPath, nonceOf, RENDER_FOR_COPY_HEADER, withNonce } from "@/lib/public-page-cache";
import { REQUEST_ID_HEADER } from "@/lib/request-id";

type Rendered = { status: number; html: string; nonce: string; headers: [string, string][] };

// Next.js writes these, or proxy.ts sets them for this response.
const NOT_COPIED = new Set(["content-security-policy", REQUEST_ID_HEADER, "vary", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);

/** Thrown so that unstable_cache keeps nothing: a 404, a redirect or a cookie is served once and rendered again next time. */
class NotShared extends Error {
  constructor(readonly rendered: Rendered) {
    super(`${rendered.status} is not kept`);
  }
}

/**
 * The page as Next.js renders it for a visitor with no cookies: this same
 * server, over loopback (its own port; never the request's Host header), with
 * nothing of the visitor's request.
 */
async function render(path: string): Promise<Rendered> {
  const response = await fetch(`http://127.0.0.1:${process.env.PORT ?? "3000"}${path}`, {
    headers: { [RENDER_FOR_COPY_HEADER]: "1", accept: "text/html", "accept-encoding": "identity" },
    cache: "no-store",
    redirect: "manual",
  });
  const nonce = nonceOf(response.headers.get("content-security-policy"));
  if (!nonce) throw new Error(`${path} was rendered without a nonce in its policy`);
  const headers = [...response.headers].filter(([name]) => !NOT_COPIED.has(name));
  const rendered = { status: response.status, html: await response.text(), nonce, headers };
  if (response.status !== 200 || response.headers.has("set-cookie")) throw new NotShared(rendered);
  return rendered;
}

// Named for this process: a copy names the build's chunks, and the data cache's
// files can outlive the build when the server is started without `npm start`.
const renderedPage = cachePublicContent(`public-html-${crypto.randomUUID()}`, render);

export const GET = routeHandler<{ path?: string[] }>("anyone", async (request, { params }) => {
  const path = `/${((await params).path ?? []).join("/")}`;
  const nonce = nonceOf(request.headers.get("content-security-policy"));
  // Only what proxy.ts sends here: a direct request for anything else finds nothing.
  if (!isCacheablePublicPath(path) || !nonce) notFound();
  const page = await renderedPage(path).catch((error: unknown) => {
    if (error instanceof NotShared) return error.rendered;
    throw error;
  });
  return new Response(withNonce(page.html, page.nonce, nonce), { status: page.status, headers: page.headers });
});
