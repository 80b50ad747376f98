import { type ReactNode, useEffect, useRef } from 'react';
import { CloseButton } from './Panel';

/** A modal on the native <dialog>: focus trap, Escape and the backdrop come from the browser. */
export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  className?: string;
  closable?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { onClose, closable = true } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${props.className ?? ''}`}
      aria-label={props.title}
      onCancel={(event) => {
        event.preventDefault();
        if (closable) onClose();
      }}
      onClick={(event) => {
        if (closable && event.target === ref.current) onClose();
      }}
    >
      <header className="dialog-header">
        <h2>{props.title}</h2>
        {closable && <CloseButton onClick={onClose} />}
      </header>
      <div className="dialog-body">{props.children}</div>
      {props.footer && <footer className="dialog-footer">{props.footer}</footer>}
    </dialog>
  );
}
