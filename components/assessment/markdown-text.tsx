import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/** Question stems and explanations: GFM (tables included), sanitised, no raw HTML. */
export function MarkdownText({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div className={`prose prose-slate max-w-none dark:prose-invert prose-table:block prose-table:overflow-x-auto ${className}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
