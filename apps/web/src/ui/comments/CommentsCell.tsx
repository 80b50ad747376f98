import { bodyText, type CommentThread } from '@parcours/journey';
import { useTranslation } from 'react-i18next';

/** The table view's Comments cell: open threads counted, each thread's first comment as plain text. */
export function CommentsCell({ threads }: { threads: readonly CommentThread[] | undefined }) {
  const { t } = useTranslation('comments');
  const open = threads?.filter((th) => !th.resolved) ?? [];
  if (open.length === 0) return <td className="col-comments" />;
  return (
    <td className="col-comments">
      <strong>{t('openThreads', { count: open.length })}</strong>
      <ul className="comments-cell-list">
        {open.map((thread) => {
          const first = thread.comments.find((c) => !c.deleted);
          return first ? (
            <li key={thread.id}>
              {first.authorName} : {bodyText(first.body).slice(0, 200)}
            </li>
          ) : null;
        })}
      </ul>
    </td>
  );
}
