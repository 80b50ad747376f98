import { useRef } from 'react';
import { IMPORT_ACCEPT, takePickedFile } from './importFile';

/**
 * A button that opens the file picker for an import (a hidden file input of the formats the import
 * takes), on the home page and in a board's menu. `inputLabel` names the input for assistive
 * technology (the home page); without it the input is out of the tab order and hidden, the button
 * says it all (the menu).
 */
export function ImportPicker(props: {
  label: string;
  inputTestId: string;
  inputLabel?: string;
  className?: string;
  role?: string;
  testId?: string;
  disabled?: boolean;
  /** After each pick; undefined when the picker closed without a file. */
  onPick: (file: File | undefined) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const hidden = props.inputLabel === undefined;
  return (
    <>
      <button
        type="button"
        className={props.className}
        role={props.role}
        data-testid={props.testId}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        tabIndex={hidden ? -1 : undefined}
        aria-hidden={hidden ? 'true' : undefined}
        data-testid={props.inputTestId}
        aria-label={props.inputLabel}
        onChange={(e) => props.onPick(takePickedFile(e.target))}
      />
    </>
  );
}
