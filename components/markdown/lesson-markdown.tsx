import Markdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { renderedMemo } from "./rendered-memo";
import { rehypeRowHeaders } from "./row-headers";

// On a phone a wide table or code block scrolls inside its own box instead of widening the page.
// Table cells keep a readable width, so a wide table scrolls rather than squeezing its words;
// the box takes keyboard focus so it can be scrolled without a pointer.
export const markdownComponents: Components = {
  table: ({ node: _node, ...props }) => (
    <div role="region" aria-label="Table" tabIndex={0} className="relative my-6 overflow-x-auto">
      <table {...props} className="my-0 [&_td]:min-w-32 [&_th]:min-w-32" />
    </div>
  ),
  pre: ({ node: _node, ...props }) => <pre {...props} tabIndex={0} className="overflow-x-auto" />,
  img: ({ node: _node, alt = "", ...props }) => (
    // eslint-disable-next-line @next/next/no-img-element -- lesson images come from authors' markdown, with no known size for next/image
    <img alt={alt} {...props} className="h-auto max-w-full" />
  ),
};

const renderLesson = (source: string) =>
  Markdown({ children: source, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSanitize, rehypeRowHeaders], components: markdownComponents, skipHtml: true });

// On the server: course descriptions and lesson texts are the same for every visitor, and a
// course page spent about a tenth of its time parsing its description again (issue 13). A
// hundred texts (some 12 MB of elements) hold every course description and the lessons
// read most. Not in the browser, where the studio's live preview renders a new text at
// every pause in typing, which a memo would only fill.
const renderOnServer = renderedMemo(renderLesson, 100);

/**
 * Renders instructor-written markdown. Raw HTML is not parsed at all, and the
 * output passes rehype-sanitize's GitHub schema, so scripts, event handlers and
 * javascript: URLs never reach the page.
 */
export function LessonMarkdown({ source }: { source: string }) {
  return (
    <div className="prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-a:text-brand-700 dark:prose-a:text-emerald-300 break-words">
      {typeof window === "undefined" ? renderOnServer(source) : renderLesson(source)}
    </div>
  );
}
