import "server-only";
import { unstable_cache } from "next/cache";

/**
 * The tag on every cached read of published content (catalog, course outlines,
 * lesson texts) and on the rendered public pages (app/public-html). The
 * studio's actions that change what learners see call `updateTag(PUBLIC_CONTENT_TAG)`; the content import runs before the server
 * starts, and the start scripts empty the data cache (scripts/data-cache.ts).
 */
export const PUBLIC_CONTENT_TAG = "public-content";

// A bound on staleness where no action can reach the cache: another instance's
// publish, or a row changed by hand.
const MAX_AGE_SECONDS = 300;

/**
 * Caches a read of published content across requests and visitors. The cached
 * function must not read the session, cookies or headers, and must take
 * nothing about the viewer: its result is shared by everyone. Next.js 16's
 * `"use cache"` needs `cacheComponents`, whose prerendered shells cannot carry
 * the per-response CSP nonce that proxy.ts sets, so this uses the data cache
 * (lib/public-page-cache.ts puts the nonce into a rendered page itself).
 * Results go through JSON: no Dates in them.
 */
export function cachePublicContent<Args extends unknown[], T>(name: string, read: (...args: Args) => Promise<T>): (...args: Args) => Promise<T> {
  return unstable_cache(read, ["public-content", name], { tags: [PUBLIC_CONTENT_TAG], revalidate: MAX_AGE_SECONDS });
}
