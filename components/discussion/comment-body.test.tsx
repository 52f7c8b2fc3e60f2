import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentBody } from "./comment-body";

const render = (source: string) => renderToStaticMarkup(<CommentBody source={source} />);

describe("CommentBody", () => {
  it("renders emphasis, code, lists and safe links", () => {
    const html = render("**Takt** is `time / demand`\n\n- one\n\n[ref](https://example.com)");
    expect(html).toContain("<strong>Takt</strong>");
    expect(html).toContain("<code>time / demand</code>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('href="https://example.com" rel="nofollow ugc noopener noreferrer"');
  });

  it("drops headings and images but keeps their text", () => {
    const html = render("# Shouting\n\n![tracking pixel](https://evil.example/p.gif)");
    expect(html).not.toMatch(/<h1|<img/);
    expect(html).toContain("Shouting");
  });

  it("never renders scripts, handlers or javascript: links", () => {
    const html = render('<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3)) <b onmouseover="alert(4)">b</b>');
    expect(html).not.toMatch(/<script|onerror|onmouseover|javascript:|<b /i);
  });
});
