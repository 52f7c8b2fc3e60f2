// Full-text search over the catalog: an in-memory MiniSearch index with title
// boosts, prefix and fuzzy matching, and highlighted snippets. Pure: the data
// layer feeds it documents and caches the index.
import MiniSearch, { type SearchResult } from "minisearch";

export type SearchDocument = {
  id: string;
  kind: "course" | "lesson";
  title: string;
  /** Plain text (markdown stripped) to match and to cut snippets from. */
  text: string;
  trackSlug: string;
  trackTitle: string;
  courseTitle: string;
  href: string;
};

export type Segment = { text: string; match: boolean };
export type SearchHit = Omit<SearchDocument, "text"> & { score: number; snippet: Segment[] };

export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*\|?\s*:?-{3,}.*$/gm, " ")
    .replace(/^\s*[-+]\s+/gm, "")
    .replace(/[#>*_`|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function createSearchIndex(documents: SearchDocument[]) {
  const index = new MiniSearch<SearchDocument>({
    fields: ["title", "text", "courseTitle"],
    storeFields: ["kind", "title", "trackSlug", "trackTitle", "courseTitle", "href"],
    searchOptions: { boost: { title: 4, courseTitle: 1.5 }, prefix: (term) => term.length > 3, fuzzy: (term) => (term.length > 5 ? 0.15 : false), combineWith: "AND" },
  });
  index.addAll(documents);
  const texts = new Map(documents.map((d) => [d.id, d.text]));

  return function search(query: string, { track, limit = 20 }: { track?: string; limit?: number } = {}): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const filter = track ? (r: SearchResult) => r.trackSlug === track : undefined;
    // Every word must match; when nothing does, fall back to any word.
    let results = index.search(q, { filter });
    if (results.length === 0) results = index.search(q, { filter, combineWith: "OR" });
    return results.slice(0, limit).map((r) => ({
      id: r.id as string,
      kind: r.kind,
      title: r.title,
      trackSlug: r.trackSlug,
      trackTitle: r.trackTitle,
      courseTitle: r.courseTitle,
      href: r.href,
      score: r.score,
      snippet: snippet(texts.get(r.id as string) ?? "", [q, ...r.terms]),
    }));
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A window of text around the first match, with every matched term marked. */
export function snippet(text: string, terms: string[], width = 220): Segment[] {
  const words = [...new Set(terms.flatMap((t) => t.toLowerCase().split(/\s+/)).filter((t) => t.length > 1))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return [{ text: text.slice(0, width), match: false }];
  const pattern = new RegExp(`\\b(${words.map(escape).join("|")})`, "gi");
  const first = text.search(pattern);
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  let end = Math.min(text.length, start + width);
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  const window = text.slice(start, end);
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: "…", match: false });
  let last = 0;
  for (const m of window.matchAll(pattern)) {
    if (m.index > last) segments.push({ text: window.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < window.length) segments.push({ text: window.slice(last), match: false });
  if (end < text.length) segments.push({ text: "…", match: false });
  return segments;
}
