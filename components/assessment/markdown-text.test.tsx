import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownText } from "./markdown-text";

const html = (source: string) => renderToStaticMarkup(<MarkdownText source={source} />);

describe("MarkdownText", () => {
  it("renders GFM, tables included", () => {
    expect(html("**Takt** time\n\n| a | b |\n|---|---|\n| 1 | 2 |")).toMatch(/<strong>Takt<\/strong>.*<div role="region" aria-label="Table" tabindex="0"[^>]*><table/s);
  });

  it("drops raw HTML and unsafe links, the second time as the first", () => {
    const source = 'Hi <script>alert(1)</script><img src=x onerror="alert(1)"> [x](javascript:alert(1))';
    for (const out of [html(source), html(source)]) {
      expect(out).not.toMatch(/<script|onerror|javascript:/i);
      expect(out).toContain("Hi");
    }
  });

  it("gives each source its own output when many are rendered", () => {
    expect(html("first *one*")).toContain("<em>one</em>");
    expect(html("second **two**")).toContain("<strong>two</strong>");
    expect(html("first *one*")).not.toContain("two");
  });
});
