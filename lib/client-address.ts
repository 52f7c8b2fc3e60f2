// The client's network address, to key rate limits and to note in the audit trail.
//
// What a Next.js 16 `next start` server can know: route handlers, server actions
// and pages see request headers only, never the socket. For every request,
// next/dist/server/base-server.js runs
//   req.headers['x-forwarded-for'] ??= originalRequest.socket.remoteAddress
// so X-Forwarded-For holds the socket address only when the request arrived
// without one. A client that sends its own X-Forwarded-For keeps it unchanged,
// and the socket address is then gone.
//
// Behind reverse proxies that append the address of the peer they received the
// request from (nginx `$proxy_add_x_forwarded_for`, most load balancers), the
// entries on the right were written by proxies we trust and the ones on the
// left by whoever sent the request. With N trusted hops, the Nth entry from the
// right is the address the outermost trusted proxy saw: set TRUSTED_PROXY_HOPS.
//
// With 0 hops (the app reached directly) the header's last entry is the socket
// address for every honest client, but a client can name any address it likes,
// so per-address limits then bind only clients that do not lie; the per-account
// back-off in lib/data/auth/sign-in-limits.ts does not depend on the address.
import { env } from "./env";

/** The client's address as far as it can be told; "unknown" when there is none. */
export function clientAddress(headers: Headers, trustedHops: number = env().TRUSTED_PROXY_HOPS): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  // Fewer entries than trusted hops: the request skipped a proxy, and the leftmost entry is the nearest we have.
  const fromRight = Math.max(trustedHops, 1);
  return entries[Math.max(entries.length - fromRight, 0)]!;
}
