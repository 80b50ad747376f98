import { useEffect, useState } from 'react';

/**
 * Text that becomes an input on click; commits on Enter or blur, cancels on Escape. A peer's change
 * shows as it arrives unless this user is typing.
 */
export function InlineEdit(props: {
  value: string;
  placeholder: string;
  label: string;
  readOnly?: boolean;
  className?: string;
  onCommit: (value: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(props.value);
  useEffect(() => {
    if (!editing) setDraft(props.value);
  }, [props.value, editing]);
  if (props.readOnly) {
    return <span className={`inline-edit ${props.className ?? ''}`}>{props.value || props.placeholder}</span>;
  }
  if (!editing) {
    return (
      <button
        type="button"
        className={`inline-edit ${props.className ?? ''}`}
        aria-label={props.label}
        title={props.label}
        onClick={() => setEditing(true)}
      >
        {props.value || <span className="muted">{props.placeholder}</span>}
      </button>
    );
  }
  const commit = () => {
    setEditing(false);
    const next = draft.trim();
    if (next && next !== props.value) props.onCommit(next);
  };
  return (
    <input
      className={`inline-edit-input ${props.className ?? ''}`}
      aria-label={props.label}
      autoFocus
      value={draft}
      maxLength={200}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') {
          e.stopPropagation();
          setDraft(props.value);
          setEditing(false);
        }
      }}
    />
  );
}
