import {
  addPersona,
  orderedPersonas,
  type Persona,
  removePersona,
  updateJourney,
  updatePersona,
} from '@parcours/journey';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { AnchorComments } from '../comments/AnchorComments';
import { DebouncedText } from '../common/DebouncedText';
import { isStructureLockedFor } from '../facilitation/useFacilitation';

/** The persona of the current journey: choose one, create one, edit it. */
export function PersonaPanel() {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc);
  const snapshot = useBoardStore((s) => s.snapshot);
  const journey = useBoardStore((s) => (s.journeyId ? s.snapshot?.journeys[s.journeyId] : undefined));
  // Personas are structure: read-only for participants while the facilitator locks it.
  const readOnly = useBoardStore((s) => !canEdit(s.role) || isStructureLockedFor(s));
  const setPanel = useBoardStore((s) => s.setPanel);
  const personas = useMemo(() => (snapshot ? orderedPersonas(snapshot) : []), [snapshot]);
  const persona = journey?.personaId ? snapshot?.personas[journey.personaId] : undefined;

  const create = () => {
    if (!doc || !journey) return;
    const personaId = addPersona(doc, { name: t('persona.newName') });
    updateJourney(doc, { journeyId: journey.id, personaId });
  };

  return (
    <aside className="side-panel" aria-label={t('persona.panel')} data-testid="persona-panel">
      <header className="side-panel-header">
        <h2>{t('persona.panel')}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={() => setPanel(null)}>
          ×
        </button>
      </header>
      <div className="side-panel-body stack">
        <label className="field">
          <span>{t('persona.ofJourney')}</span>
          <select
            name="persona"
            value={journey?.personaId ?? ''}
            disabled={readOnly || !journey}
            onChange={(e) =>
              doc && journey && updateJourney(doc, { journeyId: journey.id, personaId: e.target.value || null })
            }
          >
            <option value="">{t('persona.none')}</option>
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name || t('persona.unnamed')}
              </option>
            ))}
          </select>
        </label>
        {!readOnly && (
          <button type="button" className="button" onClick={create} disabled={!journey}>
            {t('persona.create')}
          </button>
        )}
        {persona ? (
          <>
            <AnchorComments anchor={{ kind: 'persona', id: persona.id }} />
            <PersonaForm key={persona.id} persona={persona} readOnly={readOnly} />
          </>
        ) : (
          <p className="empty-state">{t('persona.empty')}</p>
        )}
      </div>
    </aside>
  );
}

function PersonaForm({ persona, readOnly }: { persona: Persona; readOnly: boolean }) {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc)!;
  const update = (fields: Parameters<typeof updatePersona>[1]) => updatePersona(doc, fields);
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  return (
    <div className="stack persona-form">
      <div className="persona-avatar" aria-hidden="true">
        {(persona.name.trim()[0] ?? '?').toUpperCase()}
      </div>
      {(['name', 'segment'] as const).map((key) => (
        <div key={key} className="field">
          <span>{t(`persona.${key}`)}</span>
          <DebouncedText
            name={key}
            label={t(`persona.${key}`)}
            value={persona[key] ?? ''}
            readOnly={readOnly}
            maxLength={200}
            onCommit={(value) => update({ personaId: persona.id, [key]: value })}
          />
        </div>
      ))}
      {(['description', 'quote'] as const).map((key) => (
        <div key={key} className="field">
          <span>{t(`persona.${key}`)}</span>
          <DebouncedText
            name={key}
            label={t(`persona.${key}`)}
            multiline
            value={persona[key] ?? ''}
            readOnly={readOnly}
            onCommit={(value) => update({ personaId: persona.id, [key]: value })}
          />
        </div>
      ))}
      {(['goals', 'frustrations'] as const).map((key) => (
        <div key={key} className="field">
          <span>{t(`persona.${key}`)}</span>
          <DebouncedText
            name={key}
            label={t(`persona.${key}`)}
            multiline
            rows={4}
            placeholder={t('persona.onePerLine')}
            value={persona[key].join('\n')}
            readOnly={readOnly}
            onCommit={(value) => update({ personaId: persona.id, [key]: lines(value) })}
          />
        </div>
      ))}
      {!readOnly && (
        <button type="button" className="button danger" onClick={() => removePersona(doc, { personaId: persona.id })}>
          {t('persona.delete')}
        </button>
      )}
    </div>
  );
}
