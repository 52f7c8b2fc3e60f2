import type { ReactElement } from "react";
import Markdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { markdownComponents } from "@/components/markdown/lesson-markdown";

// Rendering markdown is the costliest part of a results or review page (a
// 20-question review is some 140 stems, options and explanations). Markdown is
// a pure function of its source (no hooks, no state), so what it made for a
// source is kept and reused; the bank is finite, the memo bounded.
const rendered = new Map<string, ReactElement>();
const RENDERED_MAX = 5_000;

function render(source: string): ReactElement {
  let element = rendered.get(source);
  if (!element) {
    element = Markdown({ children: source, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSanitize], skipHtml: true, components: markdownComponents });
    if (rendered.size >= RENDERED_MAX) rendered.delete(rendered.keys().next().value!);
    rendered.set(source, element);
  }
  return element;
}

/** Question stems and explanations: GFM (tables included), sanitised, no raw HTML. */
export function MarkdownText({ source, className = "" }: { source: string; className?: string }) {
  return <div className={`prose prose-slate max-w-none dark:prose-invert break-words ${className}`}>{render(source)}</div>;
}
