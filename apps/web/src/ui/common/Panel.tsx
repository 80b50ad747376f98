import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The × that closes a panel or a dialog; "Fermer" unless the panel says more (e.g. "Fermer les commentaires"). */
export function CloseButton(props: { onClick: () => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="icon-button" aria-label={props.label ?? t('common.close')} onClick={props.onClick}>
      ×
    </button>
  );
}

/**
 * A titled panel that closes: the board's side panels (`side-panel`, an h2 title) and the
 * facilitator's floating cards (`fac-card`, an h3). Named by its title for assistive technology.
 */
export function Panel(props: {
  look: 'side-panel' | 'fac-card';
  title: string;
  testId: string;
  /** Classes added to the look's own (`history-panel`, `fac-results`...). */
  className?: string;
  closeLabel?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const Heading = props.look === 'side-panel' ? 'h2' : 'h3';
  return (
    <aside
      className={props.className ? `${props.look} ${props.className}` : props.look}
      aria-label={props.title}
      data-testid={props.testId}
    >
      <header className={`${props.look}-header`}>
        <Heading>{props.title}</Heading>
        <CloseButton onClick={props.onClose} label={props.closeLabel} />
      </header>
      {props.children}
    </aside>
  );
}
