import type { CommentPart } from '@parcours/journey';

/** A comment's text and mentions, as React text nodes: whatever was typed shows as text, never as markup. */
export function CommentBody({ body, me }: { body: readonly CommentPart[]; me: string | null }) {
  return (
    <p className="comment-body">
      {body.map((part, i) =>
        typeof part === 'string' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no id and never reorder
          <span key={i}>{part}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no id and never reorder
          <span key={i} className={`comment-mention ${part.mention === me ? 'is-me' : ''}`}>
            @{part.name}
          </span>
        ),
      )}
    </p>
  );
}
