import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeUpdate, mergeTick, type TickPart } from './tickMerge';

type Op =
  | { kind: 'set'; client: number; key: number; value: number }
  | { kind: 'remove'; client: number; key: number }
  | { kind: 'type'; client: number; at: number; text: string }
  | { kind: 'erase'; client: number; at: number; length: number }
  | { kind: 'push'; client: number; value: number };

const CLIENTS = 4;
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    client: fc.nat(CLIENTS - 1),
    key: fc.nat(6),
    value: fc.integer(),
  }),
  fc.record({ kind: fc.constant('remove' as const), client: fc.nat(CLIENTS - 1), key: fc.nat(6) }),
  fc.record({
    kind: fc.constant('type' as const),
    client: fc.nat(CLIENTS - 1),
    at: fc.nat(40),
    text: fc.string({ minLength: 1, maxLength: 5 }),
  }),
  fc.record({
    kind: fc.constant('erase' as const),
    client: fc.nat(CLIENTS - 1),
    at: fc.nat(40),
    length: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('push' as const), client: fc.nat(CLIENTS - 1), value: fc.integer() }),
);

function run(doc: Y.Doc, o: Op): void {
  const text = doc.getText('notes');
  if (o.kind === 'set') doc.getMap('votes').set(`k${o.key}`, o.value);
  else if (o.kind === 'remove') doc.getMap('votes').delete(`k${o.key}`);
  else if (o.kind === 'type') text.insert(Math.min(o.at, text.length), o.text);
  else if (o.kind === 'erase') {
    const at = Math.min(o.at, text.length);
    text.delete(at, Math.min(o.length, text.length - at));
  } else doc.getArray('list').push([o.value]);
}

/**
 * A server doc gets the clients' updates one by one, as the relay does; what its 'update' event
 * gives for a tick is merged by mergeTick and by Y.mergeUpdates, and each result is applied to a
 * copy of the server doc from before the tick.
 */
function tick(start: Uint8Array, ops: readonly Op[]) {
  const server = new Y.Doc();
  Y.applyUpdate(server, start);
  const clients = Array.from({ length: CLIENTS }, () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, start);
    return doc;
  });
  const updates: Uint8Array[] = [];
  const parts: (TickPart | null)[] = [];
  server.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    updates.push(update);
    parts.push(describeUpdate(update, transaction));
  });
  for (const o of ops) {
    const client = clients[o.client]!;
    const sent: Uint8Array[] = [];
    const onUpdate = (u: Uint8Array) => sent.push(u);
    client.on('update', onUpdate);
    run(client, o);
    client.off('update', onUpdate);
    for (const u of sent) Y.applyUpdate(server, u, 'client');
  }
  return { server, updates, parts };
}

function applied(start: Uint8Array, update: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, start);
  Y.applyUpdate(doc, update);
  return doc;
}

function seed(): Uint8Array {
  const origin = new Y.Doc();
  origin.getMap('votes').set('k0', 1);
  origin.getText('notes').insert(0, 'Parcours client');
  origin.getArray('list').push([1, 2]);
  return Y.encodeStateAsUpdate(origin);
}

describe('mergeTick', () => {
  it('merges a tick of client updates into an update with the same effect as Y.mergeUpdates', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const start = seed();
        const { server, updates, parts } = tick(start, ops);
        if (updates.length === 0) return;
        const fast = mergeTick(updates, parts);
        const slow = Y.mergeUpdates(updates);
        const a = applied(start, fast);
        const b = applied(start, slow);
        expect(a.toJSON()).toEqual(server.toJSON());
        expect(a.toJSON()).toEqual(b.toJSON());
        expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(server));
        expect(
          Y.equalDeleteSets(Y.createDeleteSetFromStructStore(a.store), Y.createDeleteSetFromStructStore(server.store)),
        ).toBe(true);
        // Nothing of the tick is missing: the merged update holds what the server has beyond the start.
        expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });

  it('takes the fast path for the updates of single-client transactions', () => {
    const { updates, parts } = tick(seed(), [
      { kind: 'set', client: 0, key: 1, value: 1 },
      { kind: 'set', client: 1, key: 2, value: 2 },
      { kind: 'type', client: 0, at: 3, text: 'ab' },
      { kind: 'erase', client: 2, at: 0, length: 3 },
      { kind: 'set', client: 0, key: 1, value: 3 },
    ]);
    expect(parts.every((p) => p !== null)).toBe(true);
    expect(updates.length).toBe(5);
  });

  it('falls back to Y.mergeUpdates for an update that holds several clients', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getMap('votes').set('a', 1);
    b.getMap('votes').set('b', 2);
    const both = Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)]);
    const server = new Y.Doc();
    const updates: Uint8Array[] = [];
    const parts: (TickPart | null)[] = [];
    server.on('update', (update: Uint8Array, _o: unknown, _d: Y.Doc, transaction: Y.Transaction) => {
      updates.push(update);
      parts.push(describeUpdate(update, transaction));
    });
    Y.applyUpdate(server, both);
    const c = new Y.Doc();
    Y.applyUpdate(c, Y.encodeStateAsUpdate(server));
    c.getMap('votes').set('c', 3);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(c, Y.encodeStateVector(server)));
    expect(parts[0]).toBeNull();
    expect(
      applied(new Uint8Array([0, 0]), mergeTick(updates, parts))
        .getMap('votes')
        .toJSON(),
    ).toEqual({
      a: 1,
      b: 2,
      c: 3,
    });
  });
});
