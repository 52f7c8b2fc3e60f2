import type { AnchorHTMLAttributes } from "react";
import ReactMarkdown, { type ExtraProps } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

// Markdown-lite: emphasis, code, links, lists and quotes. Headings, images,
// tables and raw HTML are not rendered; their text is kept.
const allowed = ["p", "em", "strong", "code", "pre", "a", "ul", "ol", "li", "blockquote", "br", "del"];

function ExternalLink({ node: _node, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & ExtraProps) {
  return <a {...props} rel="nofollow ugc noopener noreferrer" className="text-brand-700 underline dark:text-emerald-300" />;
}

export function CommentBody({ source }: { source: string }) {
  return (
    <div className="prose prose-sm prose-slate max-w-none dark:prose-invert">
      <ReactMarkdown allowedElements={allowed} unwrapDisallowed skipHtml rehypePlugins={[rehypeSanitize]} components={{ a: ExternalLink }}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
