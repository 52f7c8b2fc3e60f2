import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, htmlToMarkdown } from "./html-markdown";

const md = (html: string) => {
  const result = htmlToMarkdown(html);
  if (!result.ok) throw new Error(`refused <${result.tag}>`);
  return result.markdown;
};

describe("htmlToMarkdown", () => {
  it("turns paragraphs, line breaks and emphasis into markdown", () => {
    expect(md("<p>One <strong>bold</strong> and <em>light</em> step.</p>\n<p>Then<br>a new line.</p>")).toBe(
      "One **bold** and *light* step.\n\nThen\\\na new line.",
    );
  });

  it("turns lists into markdown lists, nested ones indented", () => {
    expect(md("<ol><li>Define</li><li>Measure<ul><li>baseline</li></ul></li></ol><p>Done.</p>")).toBe("1. Define\n2. Measure\n\n   - baseline\n\nDone.");
  });

  it("keeps http and mailto links, and the text alone of any other link", () => {
    expect(md('<a href="https://example.org/a?b=1&amp;c=2">list</a>')).toBe("[list](https://example.org/a?b=1&c=2)");
    expect(md('<a href="javascript:alert(1)">click</a>')).toBe("click");
  });

  it("decodes entities and escapes what markdown would read as syntax", () => {
    expect(md("<p>2 &lt; 3 &amp;&amp; 4 * 5 &#8212; &quot;x_y&quot;&nbsp;[a]</p>")).toBe('2 \\< 3 && 4 \\* 5 \u2014 "x\\_y" \\[a\\]');
    expect(md("<p>- not a list</p>")).toBe("\\- not a list");
    expect(md("a < b")).toBe("a \\< b");
  });

  it("keeps code as it is written", () => {
    expect(md("<p>Use <code>a_b*c</code>.</p>")).toBe("Use `a_b*c`.");
  });

  it("keeps the text of tags that only style it, and drops comments", () => {
    expect(md('<span style="color:red">red</span> <u>under</u><!-- <img> -->')).toBe("red under");
  });

  it("refuses by name what it would lose", () => {
    expect(htmlToMarkdown('<p>See <img src="x.png"></p>')).toEqual({ ok: false, tag: "img" });
    expect(htmlToMarkdown("<table><tr><td>1</td></tr></table>")).toEqual({ ok: false, tag: "table" });
    expect(htmlToMarkdown("<script>alert(1)</script>")).toEqual({ ok: false, tag: "script" });
  });
});

describe("escapeMarkdown", () => {
  it("escapes inline syntax and block markers at a line's start only", () => {
    expect(escapeMarkdown("# 1. a*b_c `d` <e> [f] | g\n- h\n1. i\n2) j\n---\n~~~\n3-4 = 7")).toBe(
      "\\# 1. a\\*b\\_c \\`d\\` \\<e\\> \\[f\\] \\| g\n\\- h\n1\\. i\n2\\) j\n\\---\n\\~\\~\\~\n3-4 = 7",
    );
  });
});

describe("escapeMarkdown as the bank renders it", () => {
  // The options of components/assessment/markdown-text.tsx.
  const text = (source: string) =>
    renderToStaticMarkup(Markdown({ children: source, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSanitize], skipHtml: true }))
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&")
      .trim();

  it.each([
    "# not a heading",
    "- not a list",
    "+ nor this",
    "1. not numbered",
    "2) nor this",
    "---",
    "===",
    "> not a quote",
    "a *b* _c_ **d** __e__",
    "~~not struck~~",
    "`not code`",
    "<b>not bold</b> <script>x</script>",
    "[not](a link) ![nor](an image)",
    "| a | b |",
    "AT&amp;T &#169; & co",
    "back\\slash \\*",
    "Cost = 5 - 3 # 2",
  ])("renders %j as the same text", (plain) => {
    expect(text(escapeMarkdown(plain))).toBe(plain);
  });
});
