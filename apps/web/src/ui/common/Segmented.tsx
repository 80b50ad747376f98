import type { ChoiceOption } from './Choice';

/**
 * A few choices side by side as radio buttons (paper, orientation, language, severity): a
 * fieldset named by its legend, the chosen one marked `active` for the segmented look.
 */
export function Segmented<V extends string | number>(props: {
  legend: string;
  /** The radio group's name. */
  name: string;
  value: V | null | undefined;
  options: readonly ChoiceOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
  /** A name for the group when the legend alone is not announced. */
  label?: string;
}) {
  return (
    <fieldset className="field segmented" aria-label={props.label}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className={props.value === o.value ? 'active' : ''}>
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            disabled={props.disabled}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
