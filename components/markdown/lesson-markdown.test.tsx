import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LessonMarkdown } from "./lesson-markdown";

const render = (source: string) => renderToStaticMarkup(<LessonMarkdown source={source} />);

describe("LessonMarkdown", () => {
  it("renders headings, lists, tables, code and images", () => {
    const html = render("## Takt\n\n- one\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```\nx = 1\n```\n\n![Value stream](/images/vsm.png)");
    expect(html).toContain("<h2>Takt</h2>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain('<table class="my-0 [&amp;_td]:min-w-32 [&amp;_th]:min-w-32">');
    expect(html).toContain("<code>x = 1\n</code>");
    expect(html).toContain('<img alt="Value stream" src="/images/vsm.png" class="h-auto max-w-full"/>');
  });

  it("keeps wide tables and code in their own focusable scrolling box, and images within the column", () => {
    const html = render("| a | b |\n| - | - |\n| 1 | 2 |\n\n```\nx = 1\n```\n\n![Flow](/images/flow.png)");
    expect(html).toMatch(/<div role="region" aria-label="Table" tabindex="0" class="[^"]*overflow-x-auto[^"]*"><table/);
    expect(html).toMatch(/<pre tabindex="0" class="overflow-x-auto">/);
    expect(html).toMatch(/<img [^>]*class="h-auto max-w-full"/);
  });

  it("never lets scripts, event handlers or javascript: URLs through", () => {
    const html = render(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))\n\n![x](javascript:alert(4))\n\n<a href="x" onclick="alert(5)">a</a>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
  });

  it("reads a table with an empty top-left cell as two-way: its first column becomes row headers", () => {
    const html = render("| | Process manager | Project manager |\n|---|---|---|\n| Focus | A flow | A project |\n| Horizon | Continuous | Start and end |");
    expect(html).toContain("<thead><tr><td></td><th>Process manager</th><th>Project manager</th></tr></thead>");
    expect(html).toContain('<tr><th scope="row">Focus</th><td>A flow</td><td>A project</td></tr>');
    expect(html).toContain('<tr><th scope="row">Horizon</th><td>Continuous</td><td>Start and end</td></tr>');
  });

  it("leaves a table with a named first column as it is", () => {
    const html = render("| Tool | Use |\n|---|---|\n| Kanban | Flow |");
    expect(html).toContain("<thead><tr><th>Tool</th><th>Use</th></tr></thead>");
    expect(html).toContain("<tr><td>Kanban</td><td>Flow</td></tr>");
  });
});
