import { describe, expect, it } from "vitest";
import { publicPageCopies } from "../next.config.mjs";
import { isCacheablePublicPath, nonceOf, RENDER_FOR_COPY_HEADER, withNonce } from "./public-page-cache";
import { contentSecurityPolicy, newNonce } from "./security-headers";

describe("the copy's rewrites (next.config.mjs)", () => {
  it("take the landing, the catalog and course pages", () => {
    expect(publicPageCopies.map((r) => r.destination)).toEqual(["/public-html", "/public-html/catalog", "/public-html/courses/:slug"]);
    for (const path of ["/", "/catalog", "/courses/lean-fundamentals", "/courses/a"]) expect(isCacheablePublicPath(path)).toBe(true);
    for (const path of ["/verify", "/sign-in", "/learn/lean/intro", "/courses", "/courses/", "/courses/Lean", "/courses/a/b", "/catalog/", "/public-html/catalog"]) {
      expect(isCacheablePublicPath(path)).toBe(false);
    }
  });

  it("leave to be rendered: a client navigation or prefetch, an action, the copy's own rendering, anyone with a session cookie", () => {
    for (const rule of publicPageCopies) {
      const missing = rule.missing.map((m) => `${m.type}:${m.key}`);
      for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", RENDER_FOR_COPY_HEADER]) {
        expect(missing).toContain(`header:${header}`);
      }
      for (const cookie of ["authjs.session-token", "__Secure-authjs.session-token", "authjs.session-token.0", "__Secure-authjs.session-token.0"]) {
        expect(missing).toContain(`cookie:${cookie}`);
      }
      expect(missing).toContain("query:_rsc");
    }
  });
});

describe("withNonce", () => {
  it("gives every script the response's nonce and leaves none of the rendering's", () => {
    const rendered = newNonce();
    const fresh = newNonce();
    const html = `<script src="/a.js" nonce="${rendered}" async></script><script nonce="${rendered}">self.__next_f.push([1,"n:${rendered}"])</script><p>nonce="abc"</p>`;
    const served = withNonce(html, rendered, fresh);
    expect(served).not.toContain(rendered);
    expect(served.match(new RegExp(`nonce="${fresh.replace(/[+/=]/g, "\\$&")}"`, "g"))).toHaveLength(2);
    expect(served).toContain(`<p>nonce="abc"</p>`);
  });

  it("refuses a nonce that is not a fresh 128-bit one", () => {
    expect(() => withNonce("<p>x</p>", "", newNonce())).toThrow();
    expect(() => withNonce("<p>x</p>", "abc", newNonce())).toThrow();
  });
});

describe("nonceOf", () => {
  it("reads the nonce from the policy proxy.ts writes", () => {
    const nonce = newNonce();
    expect(nonceOf(contentSecurityPolicy(nonce))).toBe(nonce);
    expect(nonceOf("default-src 'self'")).toBeNull();
    expect(nonceOf(null)).toBeNull();
  });
});
