import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LessonMarkdown } from "./lesson-markdown";

const render = (source: string) => renderToStaticMarkup(<LessonMarkdown source={source} />);

describe("LessonMarkdown", () => {
  it("renders headings, lists, tables, code and images", () => {
    const html = render("## Takt\n\n- one\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```\nx = 1\n```\n\n![Value stream](/images/vsm.png)");
    expect(html).toContain("<h2>Takt</h2>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<table>");
    expect(html).toContain("<code>x = 1\n</code>");
    expect(html).toContain('<img src="/images/vsm.png" alt="Value stream"/>');
  });

  it("never lets scripts, event handlers or javascript: URLs through", () => {
    const html = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n![x](javascript:alert(4))\n\n<a href="x" onclick="alert(5)">a</a>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
  });
});
