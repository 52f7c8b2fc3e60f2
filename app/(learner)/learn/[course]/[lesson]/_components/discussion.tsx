import { CommentBody } from "@/components/discussion/comment-body";
import type { CommentView } from "@/lib/data/comments/list-lesson-comments";
import { CommentActions } from "./comment-actions";
import { CommentForm } from "./comment-form";
import { formatDateTime } from "@/lib/format";


function count(comments: CommentView[]): number {
  return comments.reduce((n, c) => n + (c.state === "deleted" ? 0 : 1) + count(c.replies), 0);
}

function CommentCard({ comment, lessonId }: { comment: CommentView; lessonId: string }) {
  return (
    <article aria-label={`Comment by ${comment.authorName}`} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="comment">
      <header className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold">{comment.authorName}</span>
        <time dateTime={comment.createdAt.toISOString()} className="text-slate-600 dark:text-slate-400">
          {formatDateTime(comment.createdAt)}
        </time>
        {comment.edited && <span className="text-slate-600 dark:text-slate-400">(edited)</span>}
      </header>
      <div className="mt-2">
        <CommentActions
          lessonId={lessonId}
          commentId={comment.id}
          authorName={comment.authorName}
          body={comment.body}
          hidden={comment.state === "hidden"}
          canEdit={comment.canEdit}
          canReply={comment.canReply}
          canModerate={comment.canModerate}
        >
          {comment.state === "deleted" ? (
            <p className="text-sm text-slate-600 italic dark:text-slate-400">This comment was deleted by its author.</p>
          ) : comment.state === "hidden" ? (
            <div className="space-y-2">
              <p className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                Hidden by a moderator{comment.hiddenReason ? `: ${comment.hiddenReason}` : "."}
              </p>
              {comment.body !== null && <CommentBody source={comment.body} />}
            </div>
          ) : (
            <CommentBody source={comment.body ?? ""} />
          )}
        </CommentActions>
      </div>
      {comment.replies.length > 0 && (
        <ol className="mt-4 space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-700" aria-label={`Replies to ${comment.authorName}`}>
          {comment.replies.map((reply) => (
            <li key={reply.id}>
              <CommentCard comment={reply} lessonId={lessonId} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

export function Discussion({ lessonId, comments }: { lessonId: string; comments: CommentView[] }) {
  return (
    <section aria-labelledby="discussion-heading" className="mt-12 border-t border-slate-200 pt-8 dark:border-slate-800">
      <h2 id="discussion-heading" tabIndex={-1} className="text-xl font-bold">
        Discussion ({count(comments)})
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Ask a question or share how this works where you are. Your email address will not be published. Required fields are marked *
      </p>
      <div className="mt-4">
        <CommentForm mode="new" lessonId={lessonId} label="Comment" submitLabel="Post comment" />
      </div>
      {comments.length === 0 ? (
        <p className="mt-6 text-sm text-slate-600 dark:text-slate-400">No comments yet. Start the conversation.</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {comments.map((c) => (
            <li key={c.id}>
              <CommentCard comment={c} lessonId={lessonId} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
