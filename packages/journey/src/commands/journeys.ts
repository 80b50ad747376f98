import type * as Y from 'yjs';
import { insertRecord, recordOf, records, rootMap, setField } from '../doc';
import { newId } from '../ids';
import { orderBefore } from '../order';
import type { JourneyStage } from '../types';
import { copyJourneyContent } from './copyJourney';
import { moveRecord, siblingsOf } from './siblings';
import { transact } from './transact';

export interface JourneyFields {
  title?: string;
  personaId?: string | null;
  stage?: JourneyStage;
}

export function addJourney(doc: Y.Doc, input: JourneyFields & { id?: string; before?: string | null }): string {
  const id = input.id ?? newId();
  transact(doc, () => {
    const order = orderBefore(siblingsOf(doc, 'journeys', null), input.before);
    insertRecord(doc, 'journeys', id, { title: input.title ?? '', order, stage: input.stage ?? 'as-is' });
    writeJourney(doc, id, input);
  });
  return id;
}

export function updateJourney(doc: Y.Doc, input: JourneyFields & { journeyId: string }): void {
  transact(doc, () => writeJourney(doc, input.journeyId, input));
}

export function renameJourney(doc: Y.Doc, input: { journeyId: string; title: string }): void {
  updateJourney(doc, input);
}

function writeJourney(doc: Y.Doc, id: string, fields: JourneyFields): void {
  const journey = recordOf(doc, 'journeys', id);
  if (!journey) return;
  if (fields.title !== undefined) setField(journey, 'title', fields.title);
  if (fields.personaId !== undefined) setField(journey, 'personaId', fields.personaId);
  if (fields.stage !== undefined) {
    if (fields.stage !== 'as-is' && fields.stage !== 'to-be') throw new RangeError(`Unknown stage ${fields.stage}`);
    setField(journey, 'stage', fields.stage);
  }
}

export function moveJourney(doc: Y.Doc, input: { journeyId: string; before?: string | null }): void {
  moveRecord(doc, 'journeys', input.journeyId, input.before);
}

/** Removes the journey with its phases, channels, cards and actions (one undo step). */
export function removeJourney(doc: Y.Doc, input: { journeyId: string }): void {
  transact(doc, () => {
    for (const kind of ['phases', 'channels', 'cards', 'actions'] as const) {
      const root = rootMap(doc, kind);
      for (const [id, record] of [...records(root)]) if (record.get('journeyId') === input.journeyId) root.delete(id);
    }
    rootMap(doc, 'journeys').delete(input.journeyId);
  });
}

/**
 * Copies a journey as a new one placed right after it (by default as the "to-be" of an "as-is"):
 * same persona, phases, channels and cards with new ids; votes and participants' ratings are not
 * copied since they judged the original.
 */
export function duplicateJourney(
  doc: Y.Doc,
  input: { journeyId: string; title?: string; stage?: JourneyStage; id?: string },
): string | null {
  const id = input.id ?? newId();
  return transact(doc, () => {
    const source = recordOf(doc, 'journeys', input.journeyId);
    if (!source) return null;
    const siblings = siblingsOf(doc, 'journeys', null);
    const at = siblings.findIndex((s) => s.id === input.journeyId);
    const order = orderBefore(siblings, siblings[at + 1]?.id ?? null);
    insertRecord(doc, 'journeys', id, {
      title: input.title ?? String(source.get('title') ?? ''),
      order,
      stage: input.stage ?? 'to-be',
      personaId: source.get('personaId') ?? undefined,
    });
    copyJourneyContent(doc, input.journeyId, id);
    return id;
  });
}
