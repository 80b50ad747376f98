import type * as Y from 'yjs';
import { insertRecord, recordOf, rootMap, setField } from '../doc';
import { newId } from '../ids';
import { orderBefore } from '../order';
import { moveRecord, siblingsOf } from './siblings';
import { transact } from './transact';

export interface PersonaFields {
  name?: string;
  segment?: string | null;
  description?: string | null;
  goals?: readonly string[];
  frustrations?: readonly string[];
  quote?: string | null;
}

export function addPersona(doc: Y.Doc, input: PersonaFields & { id?: string; before?: string | null }): string {
  const id = input.id ?? newId();
  transact(doc, () => {
    const order = orderBefore(siblingsOf(doc, 'personas', null), input.before);
    insertRecord(doc, 'personas', id, { name: input.name ?? '', order, goals: [], frustrations: [] });
    writePersona(doc, id, input);
  });
  return id;
}

export function updatePersona(doc: Y.Doc, input: PersonaFields & { personaId: string }): void {
  transact(doc, () => writePersona(doc, input.personaId, input));
}

function writePersona(doc: Y.Doc, id: string, fields: PersonaFields): void {
  const persona = recordOf(doc, 'personas', id);
  if (!persona) return;
  if (fields.name !== undefined) setField(persona, 'name', fields.name);
  for (const key of ['segment', 'description', 'quote'] as const) {
    if (fields[key] !== undefined) setField(persona, key, fields[key] || null);
  }
  if (fields.goals) setField(persona, 'goals', [...fields.goals]);
  if (fields.frustrations) setField(persona, 'frustrations', [...fields.frustrations]);
}

export function renamePersona(doc: Y.Doc, input: { personaId: string; name: string }): void {
  updatePersona(doc, { personaId: input.personaId, name: input.name });
}

export function movePersona(doc: Y.Doc, input: { personaId: string; before?: string | null }): void {
  moveRecord(doc, 'personas', input.personaId, input.before);
}

/** Journeys that pointed at the persona show none (read side); nothing else is touched. */
export function removePersona(doc: Y.Doc, input: { personaId: string }): void {
  transact(doc, () => {
    rootMap(doc, 'personas').delete(input.personaId);
  });
}
