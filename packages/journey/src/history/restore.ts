/**
 * Restore commands: bring the live doc (or part of it) back to an older snapshot, as a new change
 * on top of the history (stored history is never rewritten). Each is one transaction with the
 * local origin, and writes only what differs (writeRecord.ts): restoring an unchanged board writes
 * nothing, and a peer's concurrent edit to a record the restore does not change is kept.
 *
 * The facilitation state (session) is not part of a version: a restore leaves it as it is.
 */
import * as Y from 'yjs';
import { transact } from '../commands/transact';
import { metaMap, RECORD_KINDS, type RecordKind, recordOf, rootMap } from '../doc';
import type { Snapshot } from '../types';
import { type AnyRecord, writeRecord } from './writeRecord';

function toSnapshotBoard(meta: Y.Map<unknown>): { title: string; locale: string } {
  const title = meta.get('title');
  return { title: typeof title === 'string' ? title : '', locale: meta.get('locale') === 'en' ? 'en' : 'fr' };
}

function recordsOfSnapshot(old: Snapshot, kind: RecordKind): readonly AnyRecord[] {
  return Object.values(old[kind]) as AnyRecord[];
}

/** Makes the whole board equal to `old` (title, locale and every record; not the session). */
export function restoreBoard(doc: Y.Doc, old: Snapshot): void {
  transact(doc, () => {
    const meta = metaMap(doc);
    // Compared as read (an absent title reads as ''), so an unchanged board writes nothing.
    if (toSnapshotBoard(meta).title !== old.board.title) meta.set('title', old.board.title);
    if (toSnapshotBoard(meta).locale !== old.board.locale) meta.set('locale', old.board.locale);
    for (const kind of RECORD_KINDS) {
      const map = rootMap(doc, kind);
      const keep = old[kind] as Readonly<Record<string, unknown>>;
      for (const id of [...map.keys()]) if (!Object.hasOwn(keep, id)) map.delete(id);
    }
    for (const kind of RECORD_KINDS) for (const record of recordsOfSnapshot(old, kind)) writeRecord(doc, kind, record);
  });
}

const JOURNEY_PARTS: readonly RecordKind[] = ['phases', 'channels', 'cards', 'actions'];

/**
 * Makes one journey equal to its state in `old`: its record, phases, channels, cards and actions
 * (records of it added since are removed); other journeys are untouched. Its persona is brought
 * back when it was deleted since. Nothing happens when `old` has no such journey.
 */
export function restoreJourney(doc: Y.Doc, old: Snapshot, journeyId: string): void {
  const journey = old.journeys[journeyId];
  if (!journey) return;
  transact(doc, () => {
    for (const kind of JOURNEY_PARTS) {
      const map = rootMap(doc, kind);
      const keep = old[kind] as Readonly<Record<string, { journeyId: string }>>;
      for (const [id, record] of map) {
        const inJourney = record instanceof Y.Map && record.get('journeyId') === journeyId;
        if (inJourney && keep[id]?.journeyId !== journeyId) map.delete(id);
      }
    }
    if (journey.personaId && !recordOf(doc, 'personas', journey.personaId)) {
      const persona = old.personas[journey.personaId];
      if (persona) writeRecord(doc, 'personas', persona);
    }
    writeRecord(doc, 'journeys', journey);
    for (const kind of JOURNEY_PARTS)
      for (const record of recordsOfSnapshot(old, kind))
        if ((record as { journeyId: string }).journeyId === journeyId) writeRecord(doc, kind, record);
  });
}

export interface RestoreCardsInput {
  /** Cards to bring back as they were (deleted ones are recreated). */
  readonly cardIds?: readonly string[];
  /** Phases to bring back as they were, with every card they held then. */
  readonly phaseIds?: readonly string[];
}

/**
 * Brings back selected cards, or phases with the cards they held, as they were in `old`. Cards
 * added to those phases since stay. A journey or a channel a restored card needs is brought back
 * too when it was deleted since, so the card lands in its cell rather than in the tray.
 */
export function restoreCards(doc: Y.Doc, old: Snapshot, input: RestoreCardsInput): void {
  const phaseIds = new Set((input.phaseIds ?? []).filter((id) => old.phases[id]));
  const cardIds = new Set(input.cardIds ?? []);
  const cards = Object.values(old.cards).filter(
    (card) => (card.phaseId !== null && phaseIds.has(card.phaseId)) || cardIds.has(card.id),
  );
  if (phaseIds.size === 0 && cards.length === 0) return;
  transact(doc, () => {
    const ensure = (kind: RecordKind, id: string | null) => {
      if (id === null || recordOf(doc, kind, id)) return;
      const record = (old[kind] as Readonly<Record<string, AnyRecord>>)[id];
      if (record) writeRecord(doc, kind, record);
    };
    for (const phaseId of phaseIds) {
      const phase = old.phases[phaseId]!;
      ensure('journeys', phase.journeyId);
      writeRecord(doc, 'phases', phase);
    }
    for (const card of cards) {
      ensure('journeys', card.journeyId);
      ensure('phases', card.phaseId);
      ensure('channels', card.channelId);
      writeRecord(doc, 'cards', card);
    }
  });
}
