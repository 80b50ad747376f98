import type { ReactNode } from 'react';

/**
 * A button that stays pressed while what it turns on is on (big screen, follow me, compare): says
 * so to assistive technology (aria-pressed) and shows it (`.button.pressed`).
 */
export function ToggleButton(props: {
  pressed: boolean;
  onToggle: () => void;
  /** `button`, `button ghost`... */
  className: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={props.pressed ? `${props.className} pressed` : props.className}
      aria-pressed={props.pressed}
      data-testid={props.testId}
      onClick={props.onToggle}
    >
      {props.children}
    </button>
  );
}
