import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../store/boardStore';
import { PARTICIPANT_COLORS, randomColor, saveParticipant } from '../../store/participantIdentity';
import { Dialog } from '../common/Dialog';

/** Asked once per device: how others see this participant (avatars, cursors, votes). */
export function NameDialog(props: {
  current: Participant | null;
  onDone: (p: Participant) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.current?.name ?? '');
  const [color, setColor] = useState(props.current?.color ?? randomColor);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    props.onDone(saveParticipant({ name, color }));
  };
  return (
    <Dialog
      title={t('name.heading')}
      onClose={() => props.onCancel?.()}
      closable={Boolean(props.onCancel)}
      className="name-dialog"
    >
      <form onSubmit={submit} className="stack">
        <p className="muted">{t('name.intro')}</p>
        <label className="field">
          <span>{t('name.label')}</span>
          <input
            name="displayName"
            autoFocus
            required
            maxLength={40}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <fieldset className="field">
          <legend>{t('name.color')}</legend>
          <div className="swatches">
            {PARTICIPANT_COLORS.map((c) => (
              <label key={c} className={`swatch ${c === color ? 'active' : ''}`} style={{ background: c }}>
                <input
                  type="radio"
                  name="color"
                  value={c}
                  checked={c === color}
                  onChange={() => setColor(c)}
                  aria-label={c}
                />
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button primary" disabled={!name.trim()}>
          {t('name.submit')}
        </button>
      </form>
    </Dialog>
  );
}
