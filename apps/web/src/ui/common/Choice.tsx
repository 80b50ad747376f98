import type { ReactElement } from 'react';

/** One value of a Choice and what it reads as. */
export interface ChoiceOption<V extends string | number> {
  readonly value: V;
  readonly label: string;
}

interface Common<V extends string | number> {
  options: readonly ChoiceOption<V>[];
  /** For a <label htmlFor> beside it. */
  id?: string;
  /** Its name for assistive technology when no <label> wraps it (a table cell). */
  label?: string;
  name?: string;
  title?: string;
  disabled?: boolean;
}

/** A value that is always set. */
interface Required<V extends string | number> extends Common<V> {
  value: V;
  onChange: (value: V) => void;
  none?: undefined;
}

/** A value that may be unset: `none` labels the first option, which stands for null. */
interface Optional<V extends string | number> extends Common<V> {
  value: V | null;
  onChange: (value: V | null) => void;
  none: string;
}

/**
 * A select among a fixed set of values (a card's kind, emotion, severity; an action's status and
 * scores) that hands back the value itself, a number as a number, with no parsing at each use.
 */
export function Choice<V extends string | number>(props: Required<V>): ReactElement;
export function Choice<V extends string | number>(props: Optional<V>): ReactElement;
export function Choice<V extends string | number>(props: Required<V> | Optional<V>): ReactElement {
  const pick = (picked: string) => {
    const option = props.options.find((o) => String(o.value) === picked);
    if (props.none !== undefined) props.onChange(option ? option.value : null);
    else if (option) props.onChange(option.value);
  };
  return (
    <select
      id={props.id}
      name={props.name}
      aria-label={props.label}
      title={props.title}
      value={props.value === null ? '' : String(props.value)}
      disabled={props.disabled}
      onChange={(e) => pick(e.target.value)}
    >
      {props.none !== undefined && <option value="">{props.none}</option>}
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
