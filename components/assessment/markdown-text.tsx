import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { markdownComponents } from "@/components/markdown/lesson-markdown";
import { renderedMemo } from "@/components/markdown/rendered-memo";

// A results or review page renders some 140 stems, options and explanations (a
// 20-question review); the bank is finite, so most of them are rendered once.
const render = renderedMemo(
  (source) => Markdown({ children: source, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSanitize], skipHtml: true, components: markdownComponents }),
  5_000,
);

/** Question stems and explanations: GFM (tables included), sanitised, no raw HTML. */
export function MarkdownText({ source, className = "" }: { source: string; className?: string }) {
  return <div className={`prose prose-slate max-w-none dark:prose-invert break-words ${className}`}>{render(source)}</div>;
}
