import { EMOTIONS, type Emotion } from '@parcours/journey';
import { useTranslation } from 'react-i18next';
import { FaceIcon } from '../common/icons';

/** Five faces from -2 to 2; clicking the chosen one again clears it. */
export function EmotionPicker(props: {
  label: string;
  value: Emotion | undefined;
  readOnly: boolean;
  onChange: (emotion: Emotion | null) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="emotions" data-testid={props.testId}>
      <legend className="visually-hidden">{props.label}</legend>
      {EMOTIONS.map((e) => (
        <button
          key={e}
          type="button"
          aria-pressed={props.value === e}
          aria-label={t(`emotions.${e}`)}
          title={t(`emotions.${e}`)}
          className={`emotion ${props.value === e ? 'active' : ''}`}
          disabled={props.readOnly}
          onClick={() => props.onChange(props.value === e ? null : e)}
        >
          <FaceIcon emotion={e} />
        </button>
      ))}
    </fieldset>
  );
}
