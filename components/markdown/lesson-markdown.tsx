import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * Renders instructor-written markdown. Raw HTML is not parsed at all, and the
 * output passes rehype-sanitize's GitHub schema, so scripts, event handlers and
 * javascript: URLs never reach the page.
 */
export function LessonMarkdown({ source }: { source: string }) {
  return (
    <div className="prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-brand-700 dark:prose-a:text-emerald-300 prose-table:block prose-table:overflow-x-auto">
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
