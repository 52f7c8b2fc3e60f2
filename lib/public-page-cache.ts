// Public pages for visitors without a session, served from a rendered copy.
// A page's content changes only when the catalogue does, but the content
// security policy's nonce changes on every response. next.config.mjs rewrites
// such a visitor's request to app/public-html, which keeps the page as Next.js
// rendered it once (with the nonce of that rendering, which no one knew while
// the page was made) and puts this response's fresh nonce in its place. Every
// script carries the new nonce, as in a fresh render, and the policy stays as strict.

/**
 * On the internal request that renders a page for the copy: next.config.mjs
 * lets it through to the page. Anyone may send it; they get the page rendered
 * for them, as without the copy.
 */
export const RENDER_FOR_COPY_HEADER = "x-kaizen-render-for-copy";

const CACHEABLE_PATH = /^\/(?:catalog|courses\/[a-z0-9][a-z0-9-]{0,99})?$/;

/** Landing, catalog and course pages: the same for every visitor without a session, whatever the query. */
export function isCacheablePublicPath(pathname: string): boolean {
  return CACHEABLE_PATH.test(pathname);
}

/** The nonce in a content security policy's script-src, or null. */
export function nonceOf(policy: string | null): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1] ?? null;
}

/** The page with every use of the rendering's nonce given this response's. */
export function withNonce(html: string, renderedWith: string, nonce: string): string {
  // Sound only because the rendering's nonce is 128 random bits no one knew while the page was made.
  if (renderedWith.length < 22) throw new Error("the rendered page's nonce is not a fresh 128-bit one");
  return html.replaceAll(renderedWith, nonce);
}
