import { useEffect, useRef, useState } from 'react';
import { useBoardStore } from '../../store/boardStore';

const DELAY_MS = 400;

/**
 * A text field that writes to the board after a pause in typing (and on blur), not on every key:
 * fewer updates on the wire and undo steps of whole words. While the user types here, a peer's
 * change does not overwrite the draft; it shows once the field is left.
 */
export function DebouncedText(props: {
  value: string;
  label: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  maxLength?: number;
  name?: string;
  rows?: number;
  /** Takes the focus when it appears (a card just added, to type its text at once). */
  autoFocus?: boolean;
}) {
  const [draft, setDraft] = useState(props.value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(props.onCommit);
  latest.current = props.onCommit;
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (!focused.current && pending.current === null) setDraft(props.value);
  }, [props.value]);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current !== null) {
      const value = pending.current;
      pending.current = null;
      // Typing is its own undo step: the write may land (panel closing) right after another
      // command, or just before one (a drag): undo must not take both back at once.
      const session = useBoardStore.getState().session;
      session?.endUndoStep();
      latest.current(value);
      session?.endUndoStep();
    }
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;
  // A pending edit is written when the field goes away (panel closed, other card selected).
  useEffect(() => () => flushRef.current(), []);

  const onChange = (value: string) => {
    setDraft(value);
    pending.current = value;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, DELAY_MS);
  };
  const common = {
    'aria-label': props.label,
    name: props.name,
    value: draft,
    readOnly: props.readOnly,
    placeholder: props.placeholder,
    maxLength: props.maxLength ?? 10_000,
    autoFocus: props.autoFocus,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      flush();
    },
  };
  return props.multiline ? (
    <textarea {...common} rows={props.rows ?? 3} onChange={(e) => onChange(e.target.value)} />
  ) : (
    <input {...common} onChange={(e) => onChange(e.target.value)} />
  );
}
