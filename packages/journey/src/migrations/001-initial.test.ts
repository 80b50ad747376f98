import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPersona } from '../commands/personas';
import { toJson } from '../format/toJson';
import { migrate, readSchemaVersion, SCHEMA_VERSION } from './index';

describe('001-initial', () => {
  it('stamps a doc written before versioning without changing its content', () => {
    const doc = new Y.Doc();
    addPersona(doc, { id: 'p', name: 'Claire' });
    const before = toJson(doc);
    expect(readSchemaVersion(doc)).toBe(0);
    expect(migrate(doc)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(readSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    expect(toJson(doc)).toStrictEqual(before);
  });

  it('does not give a default title that could overwrite the real one when peers sync', () => {
    const server = new Y.Doc();
    server.getMap('meta').set('title', 'Parcours achat');
    const client = new Y.Doc();
    addPersona(client, { name: 'Claire' });
    migrate(client);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    expect(toJson(server).title).toBe('Parcours achat');
    expect(toJson(client).title).toBe('Parcours achat');
  });
});
