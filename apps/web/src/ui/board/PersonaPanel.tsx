import {
  addPersona,
  orderedPersonas,
  type Persona,
  removePersona,
  updateJourney,
  updatePersona,
} from '@parcours/journey';
import { type ComponentProps, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { canEdit, useBoardStore } from '../../store/boardStore';
import { AnchorComments } from '../comments/AnchorComments';
import { DebouncedText } from '../common/DebouncedText';
import { Panel } from '../common/Panel';
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
    <Panel look="side-panel" title={t('persona.panel')} testId="persona-panel" onClose={() => setPanel(null)}>
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
    </Panel>
  );
}

// One line of 200 characters at most, free text, and lists written one item per line.
const SHORT = ['name', 'segment'] as const;
const LONG = ['description', 'quote'] as const;
const LISTS = ['goals', 'frustrations'] as const;
type FieldText = Omit<ComponentProps<typeof DebouncedText>, 'name' | 'label' | 'readOnly'>;

function PersonaForm({ persona, readOnly }: { persona: Persona; readOnly: boolean }) {
  const { t } = useTranslation();
  const doc = useBoardStore((s) => s.doc)!;
  const update = (fields: Omit<Parameters<typeof updatePersona>[1], 'personaId'>) =>
    updatePersona(doc, { personaId: persona.id, ...fields });
  const field = (key: (typeof SHORT | typeof LONG | typeof LISTS)[number], text: FieldText) => (
    <div key={key} className="field">
      <span>{t(`persona.${key}`)}</span>
      <DebouncedText name={key} label={t(`persona.${key}`)} readOnly={readOnly} {...text} />
    </div>
  );
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
      {SHORT.map((key) =>
        field(key, { maxLength: 200, value: persona[key] ?? '', onCommit: (value) => update({ [key]: value }) }),
      )}
      {LONG.map((key) =>
        field(key, { multiline: true, value: persona[key] ?? '', onCommit: (value) => update({ [key]: value }) }),
      )}
      {LISTS.map((key) =>
        field(key, {
          multiline: true,
          rows: 4,
          placeholder: t('persona.onePerLine'),
          value: persona[key].join('\n'),
          onCommit: (value) => update({ [key]: lines(value) }),
        }),
      )}
      {!readOnly && (
        <button type="button" className="button danger" onClick={() => removePersona(doc, { personaId: persona.id })}>
          {t('persona.delete')}
        </button>
      )}
    </div>
  );
}
