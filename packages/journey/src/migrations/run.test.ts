import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPersona } from '../commands/personas';
import { metaMap, recordOf } from '../doc';
import { LOCAL_ORIGIN } from '../origin';
import type { Migration } from './migration';
import { NewerDocError, readSchemaVersion, runMigrations } from './run';

/** A made-up second step, to exercise the runner beyond the single real migration. */
const renameToFullName: Migration = {
  version: 2,
  description: 'test: personas name -> fullName',
  up(doc) {
    for (const [, persona] of doc.getMap<Y.Map<unknown>>('personas')) {
      if (persona.has('name')) {
        persona.set('fullName', persona.get('name'));
        persona.delete('name');
      }
    }
  },
};
const noop: Migration = { version: 1, description: 'test: first', up() {} };

function docAt(version: number | null): Y.Doc {
  const doc = new Y.Doc();
  addPersona(doc, { id: 'p', name: 'Claire' });
  if (version !== null) metaMap(doc).set('schemaVersion', version);
  return doc;
}

describe('runMigrations', () => {
  it('runs every missing step in order and stamps the last version', () => {
    const doc = docAt(1);
    expect(runMigrations(doc, [noop, renameToFullName])).toEqual({ from: 1, to: 2 });
    expect(readSchemaVersion(doc)).toBe(2);
    expect(recordOf(doc, 'personas', 'p')?.get('fullName')).toBe('Claire');
  });

  it('does nothing to an up-to-date doc', () => {
    const doc = docAt(2);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(runMigrations(doc, [noop, renameToFullName])).toEqual({ from: 2, to: 2 });
    expect(updates).toHaveLength(0);
  });

  it('applies all steps as one transaction that the user cannot undo', () => {
    const doc = docAt(null);
    const undo = new Y.UndoManager([doc.getMap('meta'), doc.getMap('personas')], {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
    });
    undo.clear();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    runMigrations(doc, [noop, renameToFullName]);
    expect(transactions).toBe(1);
    expect(undo.canUndo()).toBe(false);
  });

  it('refuses a doc saved by a newer version and leaves it untouched', () => {
    const doc = docAt(3);
    expect(() => runMigrations(doc, [noop, renameToFullName])).toThrow(NewerDocError);
    expect(() => runMigrations(doc, [noop, renameToFullName])).toThrow(
      'This board was saved by a newer version of Parcours (schema version 3)',
    );
    expect(recordOf(doc, 'personas', 'p')?.get('name')).toBe('Claire');
  });

  it('leaves a blank doc (a client before its first sync) at version 0', () => {
    const doc = new Y.Doc();
    expect(runMigrations(doc, [noop, renameToFullName])).toEqual({ from: 0, to: 0 });
    expect(metaMap(doc).size).toBe(0);
  });

  it('rejects a misnumbered list of migrations', () => {
    expect(() => runMigrations(new Y.Doc(), [renameToFullName])).toThrow('Migration 1 is numbered 2');
  });
});
