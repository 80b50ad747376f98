/**
 * Frames a hostile or broken client could send the relay, drawn by fast-check from a seed:
 * mutations of real frames (a recorded editing session), truncations, oversized varints,
 * zero-length updates (yjs#498), updates that claim huge struct counts from a few bytes
 * (the run-length bombs of yjs#687), v2 updates on the v1 channel, wrong message types, awareness
 * spoofing other clients' ids, oversized awareness states and plain noise.
 */
import { addCard, type CardKind, renameBoard, toSnapshot } from '@parcours/journey';
import { seedJourney } from '@parcours/journey/testing';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export type FrameKind =
  | 'mutated'
  | 'truncated'
  | 'varint'
  | 'zero-length'
  | 'struct-bomb'
  | 'v2-on-v1'
  | 'wrong-type'
  | 'awareness-spoof'
  | 'awareness-oversized'
  | 'state-vector'
  | 'noise'
  | 'valid';

export interface Frame {
  readonly kind: FrameKind;
  readonly bytes: Uint8Array;
}

/** Real frames of an editing session on another doc: the raw material of mutations. */
export function recordCorpus(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const journeyId = seedJourney(doc);
  const kinds: CardKind[] = ['touchpoint', 'irritant', 'enchantment', 'note'];
  for (let i = 0; i < 12; i++) {
    const cell = { phaseId: i % 2 ? 'phase-a' : 'phase-b', channelId: i % 3 ? 'channel-a' : 'channel-b' };
    addCard(doc, { journeyId, kind: kinds[i % 4]!, text: `Carte ${i} — délai`, cell });
  }
  if (Object.keys(toSnapshot(doc).cards).length !== 12) throw new Error('corpus session did not record');
  const corpus = [
    ...updates.map((u) => syncFrame(2, u)),
    syncFrame(1, Y.encodeStateAsUpdate(doc)),
    syncFrame(0, Y.encodeStateVector(doc)),
    awarenessFrame([{ clientId: doc.clientID, clock: 1, state: '{"user":{"name":"Élise"},"cursor":{"x":1,"y":2}}' }]),
    Uint8Array.of(3),
  ];
  doc.destroy();
  return corpus;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });
}

export function awarenessFrame(entries: readonly { clientId: number; clock: number; state: string }[]): Uint8Array {
  const inner = frame((e) => {
    encoding.writeVarUint(e, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(e, entry.clientId);
      encoding.writeVarUint(e, entry.clock);
      encoding.writeVarString(e, entry.state);
    }
  });
  return frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, inner);
  });
}

const HUGE = [2 ** 31 - 1, 2 ** 32, 2 ** 40, Number.MAX_SAFE_INTEGER];
const bytes = (max: number) => fc.uint8Array({ maxLength: max });
const huge = fc.constantFrom(...HUGE);

/** A v1 update that declares `structs` structs (or GC/skip lengths) but carries a few bytes. */
const structBomb = fc
  .record({ structs: huge, client: fc.nat(), info: fc.constantFrom(0, 10, 0x84, 0x08), len: huge, tail: bytes(8) })
  .map(({ structs, client, info, len, tail }) =>
    syncFrame(
      2,
      frame((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, structs);
        encoding.writeVarUint(e, client);
        encoding.writeVarUint(e, 0);
        encoding.writeUint8(e, info);
        encoding.writeVarUint(e, len);
        encoding.writeUint8Array(e, tail);
      }),
    ),
  );

/** A valid v2 update on the v1 channel: a client built with the other encoding, making an honest edit. */
function v2Frame(): Uint8Array {
  const doc = new Y.Doc();
  renameBoard(doc, { title: 'x'.repeat(40) });
  const update = Y.encodeStateAsUpdateV2(doc);
  doc.destroy();
  return syncFrame(2, update);
}

/** Varints longer than any number: as the message type, the sync step or a length prefix. */
const varintBomb = fc
  .record({ at: fc.constantFrom(0, 1, 2), length: fc.integer({ min: 6, max: 64 }), tail: bytes(4) })
  .map(({ at, length, tail }) => {
    const prefix = [0, 2].slice(0, at);
    return Uint8Array.from([...prefix, ...new Array(length).fill(0xff), ...tail]);
  });

const zeroLength = fc.constantFrom(
  Uint8Array.of(0, 2, 0),
  Uint8Array.of(0, 1, 0),
  Uint8Array.of(0, 0, 0),
  Uint8Array.of(0, 2, 2, 0, 0),
  Uint8Array.of(0, 1, 2, 0, 0),
  Uint8Array.of(1, 0),
  Uint8Array.of(1, 1, 0),
  new Uint8Array(0),
);

export function frameArbitrary(corpus: readonly Uint8Array[], spoofIds: readonly number[]): fc.Arbitrary<Frame> {
  const real = fc.constantFrom(...corpus);
  const tagged = (kind: FrameKind, arb: fc.Arbitrary<Uint8Array>) => arb.map((b): Frame => ({ kind, bytes: b }));
  const mutated = fc
    .record({
      frame: real,
      flips: fc.array(fc.record({ at: fc.nat(), value: fc.nat({ max: 255 }) }), { maxLength: 4 }),
    })
    .map(({ frame: f, flips }) => {
      const copy = Uint8Array.from(f);
      for (const { at, value } of flips) if (copy.length > 0) copy[at % copy.length] = value;
      return copy;
    });
  const truncated = fc.record({ frame: real, cut: fc.nat() }).map(({ frame: f, cut }) => f.slice(0, cut % f.length));
  const v2 = fc.constant(v2Frame());
  const wrongType = fc
    .record({ type: fc.oneof(fc.constantFrom(2, 4, 5, 127, 128, 2 ** 32), fc.nat()), tail: bytes(16) })
    .map(({ type, tail }) =>
      frame((e) => {
        encoding.writeVarUint(e, type);
        encoding.writeUint8Array(e, tail);
      }),
    );
  const spoof = fc
    .record({
      clientId: spoofIds.length > 0 ? fc.constantFrom(...spoofIds) : fc.nat(),
      clock: fc.oneof(fc.nat({ max: 1000 }), huge),
      state: fc.constantFrom('null', '{"user":{"name":"Intrus"}}', '{}'),
    })
    .map((entry) => awarenessFrame([entry]));
  const oversized = fc
    .record({ size: fc.integer({ min: 4 * 1024, max: 64 * 1024 }), count: fc.integer({ min: 1, max: 3 }) })
    .map(({ size, count }) =>
      awarenessFrame(
        Array.from({ length: count }, (_, i) => ({
          clientId: 7_000 + i,
          clock: 1,
          state: JSON.stringify('é'.repeat(size)),
        })),
      ),
    );
  const stateVector = fc
    .array(fc.tuple(fc.oneof(fc.nat(), huge), fc.oneof(fc.nat(), huge)), { maxLength: 4 })
    .map((pairs) =>
      syncFrame(
        0,
        frame((e) => {
          encoding.writeVarUint(e, pairs.length);
          for (const [client, clock] of pairs) {
            encoding.writeVarUint(e, client);
            encoding.writeVarUint(e, clock);
          }
        }),
      ),
    );
  return fc.oneof(
    { weight: 6, arbitrary: tagged('mutated', mutated) },
    { weight: 3, arbitrary: tagged('truncated', truncated) },
    { weight: 2, arbitrary: tagged('varint', varintBomb) },
    { weight: 1, arbitrary: tagged('zero-length', zeroLength) },
    { weight: 2, arbitrary: tagged('struct-bomb', structBomb) },
    { weight: 1, arbitrary: tagged('v2-on-v1', v2) },
    { weight: 2, arbitrary: tagged('wrong-type', wrongType) },
    { weight: 2, arbitrary: tagged('awareness-spoof', spoof) },
    { weight: 1, arbitrary: tagged('awareness-oversized', oversized) },
    { weight: 1, arbitrary: tagged('state-vector', stateVector) },
    { weight: 2, arbitrary: tagged('noise', bytes(64)) },
    { weight: 2, arbitrary: tagged('valid', real) },
  );
}
