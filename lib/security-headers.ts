// The per-response security headers proxy.ts sets on every page: the content
// security policy with a fresh nonce, and HSTS. The fixed ones are in next.config.mjs.

/** A fresh nonce per response: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy(nonce: string, { dev = false, https = false } = {}): string {
  const directives = [
    "default-src 'self'",
    // Next.js puts the nonce on its own scripts; 'strict-dynamic' lets them load
    // the chunks they need, and nothing inline without the nonce runs.
    // Development only: React's dev tools evaluate code.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Style attributes cannot carry a nonce. Server-rendered progress bars and
    // recharts' SVG set widths and positions with them; an attribute cannot run
    // script or read the page, while an injected <style> element (the way CSS
    // reads attribute values out) stays blocked by the line above.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, subdomains included: only ever sent when the site is served over https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
