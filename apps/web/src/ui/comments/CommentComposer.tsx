import { CommentError, type CommentPart, MAX_COMMENT_LENGTH, toCommentBody } from '@parcours/journey';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardStore } from '../../store/boardStore';
import { fromBody, mentionQuery, toBody } from './mentionText';
import { type Person, peopleOnBoard, rememberedPeople, suggest } from './people';

interface ComposerProps {
  readonly placeholder: string;
  readonly submitLabel: string;
  /** Throws a CommentError when the model refuses it (shown under the field). */
  onSubmit(body: CommentPart[]): void;
  onCancel?: () => void;
  readonly initial?: readonly CommentPart[];
  readonly autoFocus?: boolean;
}

/**
 * A plain-text field for a comment: `@` suggests the people who have been on the board, and a
 * picked name becomes a mention. Ctrl/Cmd+Enter posts. The length limit is the model's.
 */
export function CommentComposer({ placeholder, submitLabel, onSubmit, onCancel, initial, autoFocus }: ComposerProps) {
  const { t } = useTranslation('comments');
  const start = useMemo(() => fromBody(initial ?? []), [initial]);
  const [text, setText] = useState(start.text);
  const [picked, setPicked] = useState<Person[]>(start.picked);
  const [caret, setCaret] = useState(start.text.length);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const boardId = useBoardStore((s) => s.boardId);
  const me = useBoardStore((s) => s.participant?.id ?? null);
  const peers = useBoardStore((s) => s.peers);
  const comments = useBoardStore((s) => s.snapshot?.comments);
  const query = mentionQuery(text, caret);
  const asking = query !== null;
  const people = useMemo(
    () =>
      asking ? peopleOnBoard(me, peers, boardId ? rememberedPeople(boardId) : [], Object.values(comments ?? {})) : [],
    [asking, me, peers, boardId, comments],
  );
  const suggestions = query ? suggest(people, query.query) : [];
  const length = text.length;

  const pick = (person: Person) => {
    if (!query) return;
    const next = `${text.slice(0, query.start)}@${person.name} ${text.slice(caret)}`;
    const at = query.start + person.name.length + 2;
    setText(next);
    setPicked((list) => [...list.filter((p) => p.id !== person.id), person]);
    setCaret(at);
    setActive(0);
    placeCaret.current = at;
  };
  // The caret goes after the picked name as soon as React wrote the new text, before any next key.
  const placeCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (placeCaret.current === null || !field.current) return;
    field.current.focus();
    field.current.setSelectionRange(placeCaret.current, placeCaret.current);
    placeCaret.current = null;
  });

  const submit = () => {
    try {
      const body = toCommentBody(toBody(text, picked));
      onSubmit(body);
      setText('');
      setPicked([]);
      setCaret(0);
      setError(null);
    } catch (err) {
      if (!(err instanceof CommentError)) throw err;
      setError(
        err.code === 'too-long'
          ? t('tooLong', { max: MAX_COMMENT_LENGTH, count: length })
          : err.code === 'empty'
            ? t('emptyError')
            : err.message,
      );
    }
  };

  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="comment-field">
        <textarea
          ref={field}
          value={text}
          placeholder={placeholder}
          aria-label={placeholder}
          aria-invalid={error !== null}
          aria-autocomplete="list"
          aria-controls={suggestions.length > 0 ? listId : undefined}
          aria-expanded={suggestions.length > 0}
          role="combobox"
          rows={3}
          autoFocus={autoFocus}
          onChange={(e) => {
            setText(e.target.value);
            setCaret(e.target.selectionStart);
            setActive(0);
            if (error) setError(null);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={(e) => {
            e.stopPropagation(); // the board's shortcuts (Delete, letters) stay out of typing
            if (suggestions.length > 0) {
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                const step = e.key === 'ArrowDown' ? 1 : -1;
                setActive((i) => (i + step + suggestions.length) % suggestions.length);
                return;
              }
              if (e.key === 'Enter' || e.key === 'Tab') {
                e.preventDefault();
                pick(suggestions[Math.min(active, suggestions.length - 1)]!);
                return;
              }
              if (e.key === 'Escape') {
                e.preventDefault();
                setCaret(-1);
                return;
              }
            }
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            } else if (e.key === 'Escape' && onCancel) onCancel();
          }}
        />
        {suggestions.length > 0 && (
          <div
            className="mention-suggestions"
            id={listId}
            role="listbox"
            tabIndex={-1}
            aria-label={t('mentionSuggestions')}
          >
            {suggestions.map((person, i) => (
              <button
                type="button"
                key={person.id}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onMouseDown={(e) => {
                  e.preventDefault(); // keep the focus in the field
                  pick(person);
                }}
              >
                {person.name}
              </button>
            ))}
          </div>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="row comment-actions">
        <small className={`muted ${length > MAX_COMMENT_LENGTH ? 'over' : ''}`}>
          {length > MAX_COMMENT_LENGTH * 0.8 ? t('count', { count: length, max: MAX_COMMENT_LENGTH }) : ''}
        </small>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        <button type="submit" className="button primary" disabled={text.trim() === ''}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
