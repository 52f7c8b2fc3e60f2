// The small HTML that Moodle's editor writes into question text (paragraphs,
// emphasis, lists, links), as the markdown the bank holds. Anything richer is
// refused by name rather than dropped, so an import never loses content silently.

export type HtmlConversion = { ok: true; markdown: string } | { ok: false; tag: string };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "\u2013", mdash: "\u2014", hellip: "\u2026", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d", times: "\u00d7", divide: "\u00f7", deg: "\u00b0", euro: "\u20ac", pound: "\u00a3", copy: "\u00a9" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Plain text as markdown that renders to the same characters. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]|&(?=#?\w+;)/g, "\\$&")
    .replace(/^(\s*)([#+=-])/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(\s)/gm, "$1\\$2$3");
}

/** Tags whose text is kept without their markup. */
const TRANSPARENT = new Set(["span", "u", "font", "small", "big", "abbr", "cite", "q", "s", "strike", "del", "ins", "sub", "sup"]);
const BLOCK = new Set(["p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"]);

const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs)?.slice(2).find((v) => v !== undefined);

export function htmlToMarkdown(html: string): HtmlConversion {
  let out = "";
  const lists: { ordered: boolean; count: number }[] = [];
  const links: (string | null)[] = [];
  let inCode = 0;
  const tokens = html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<(\/?)([a-z][a-z0-9]*)\b([^>]*)>|([^<]+)|(<)/gi);
  for (const [, closing, rawTag, attrs = "", text, stray] of tokens) {
    if (text !== undefined || stray !== undefined) {
      const decoded = decodeEntities(text ?? stray!).replace(/\s+/g, " ");
      out += inCode ? decoded : escapeMarkdown(decoded);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    const close = closing === "/";
    if (BLOCK.has(tag)) out += "\n\n";
    else if (tag === "br") out += "\\\n";
    else if (tag === "b" || tag === "strong") out += "**";
    else if (tag === "i" || tag === "em") out += "*";
    else if (tag === "code") {
      out += "`";
      inCode += close ? -1 : 1;
    } else if (tag === "ul" || tag === "ol") {
      if (close) lists.pop();
      else lists.push({ ordered: tag === "ol", count: 0 });
      out += "\n\n";
    } else if (tag === "li") {
      const list = lists.at(-1);
      if (!close && list) out += `\n${"   ".repeat(lists.length - 1)}${list.ordered ? `${++list.count}.` : "-"} `;
    } else if (tag === "a") {
      if (close) {
        const href = links.pop();
        if (href) out += `](${href})`;
      } else {
        const raw = attribute(attrs, "href");
        const href = raw === undefined ? undefined : decodeEntities(raw);
        const safe = href && /^(https?:|mailto:)/i.test(href) ? href.replace(/[()\s]/g, encodeURIComponent) : null;
        links.push(safe);
        if (safe) out += "[";
      }
    } else if (!TRANSPARENT.has(tag)) {
      return { ok: false, tag };
    }
  }
  const markdown = out
    .replace(/[ \t]+\n/g, "\n")
    .replace(/^ (?=\S)/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { ok: true, markdown };
}
