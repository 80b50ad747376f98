/**
 * The updates of one event-loop tick, merged into one update for the store and the broadcast,
 * without decoding them.
 *
 * `Y.mergeUpdates` decodes every struct of every update, sorts the decoders again for each struct
 * and encodes the structs again: a quarter of the relay's CPU in a burst (profile of 2026-12-03).
 * The updates the relay queues are the doc's own, one per transaction, and the transaction says
 * what each holds: the structs of one client from `beforeState` to `afterState`, then its delete
 * set. In the v1 encoding a struct's bytes do not depend on where it sits in its client's run, so
 * consecutive runs of one client are one run: a header with the summed struct count and the runs'
 * bytes one after the other. Delete sets are merged range by range.
 *
 * Anything else (several clients in one transaction, a run that does not start where the previous
 * one of its client ended, a tail that is not the transaction's delete set) goes to Y.mergeUpdates.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

type Ranges = [clock: number, length: number][];

const NO_DELETES: ReadonlyMap<number, Ranges> = new Map();
/** The v1 encoding of an empty delete set: no client. */
const EMPTY_DELETE_SET = new Uint8Array([0]);

/** One queued update as the doc produced it, read from its transaction; null: merge it the slow way. */
export interface TickPart {
  /** The client whose structs it holds, or null when it holds deletions only. */
  readonly client: number | null;
  readonly clock: number;
  readonly end: number;
  readonly structs: number;
  /** The structs' bytes, without the run header. */
  readonly body: Uint8Array;
  readonly deletes: ReadonlyMap<number, Ranges>;
}

/** Reads what `update` holds from `transaction`, the transaction of the doc's 'update' event that made it. */
export function describeUpdate(update: Uint8Array, transaction: Y.Transaction): TickPart | null {
  const deleted = transaction.deleteSet.clients;
  const deletes = deleted.size === 0 ? NO_DELETES : new Map<number, Ranges>();
  for (const [client, items] of deleted) {
    (deletes as Map<number, Ranges>).set(
      client,
      items.map((item) => [item.clock, item.len]),
    );
  }
  const tail = deleted.size === 0 ? EMPTY_DELETE_SET : encodeDeletes(deletes);
  if (tail.byteLength > update.byteLength || !endsWith(update, tail)) return null;
  const decoder = decoding.createDecoder(update);
  const clients = decoding.readVarUint(decoder);
  if (clients === 0) {
    if (decoder.pos !== update.byteLength - tail.byteLength) return null;
    return { client: null, clock: 0, end: 0, structs: 0, body: new Uint8Array(0), deletes };
  }
  if (clients !== 1) return null;
  const structs = decoding.readVarUint(decoder);
  const client = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  const end = transaction.afterState.get(client);
  if (end === undefined || clock !== (transaction.beforeState.get(client) ?? 0)) return null;
  const body = update.subarray(decoder.pos, update.byteLength - tail.byteLength);
  return { client, clock, end, structs, body, deletes };
}

/** `updates` merged into one; `parts[i]` describes `updates[i]` (describeUpdate). */
export function mergeTick(updates: readonly Uint8Array[], parts: readonly (TickPart | null)[]): Uint8Array {
  if (updates.length === 1) return updates[0]!;
  const runs = new Map<number, TickPart[]>();
  const deletes = new Map<number, Ranges>();
  for (const part of parts) {
    if (part === null) return Y.mergeUpdates(updates as Uint8Array[]);
    if (part.client !== null) {
      const run = runs.get(part.client);
      const last = run?.[run.length - 1];
      if (last && last.end !== part.clock) return Y.mergeUpdates(updates as Uint8Array[]);
      if (run) run.push(part);
      else runs.set(part.client, [part]);
    }
    for (const [client, ranges] of part.deletes) {
      const all = deletes.get(client);
      if (all) all.push(...ranges);
      else deletes.set(client, ranges.slice());
    }
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, runs.size);
  // Higher clients first, as Yjs writes them.
  for (const client of [...runs.keys()].sort((a, b) => b - a)) {
    const run = runs.get(client)!;
    encoding.writeVarUint(
      encoder,
      run.reduce((sum, part) => sum + part.structs, 0),
    );
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, run[0]!.clock);
    for (const part of run) encoding.writeUint8Array(encoder, part.body);
  }
  for (const [client, ranges] of deletes) deletes.set(client, normalize(ranges));
  encoding.writeUint8Array(encoder, encodeDeletes(deletes));
  return encoding.toUint8Array(encoder);
}

/** A delete set in the v1 encoding: clients from the highest, each with its ranges. */
function encodeDeletes(deletes: ReadonlyMap<number, Ranges>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, deletes.size);
  for (const client of [...deletes.keys()].sort((a, b) => b - a)) {
    const ranges = deletes.get(client)!;
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const [clock, length] of ranges) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, length);
    }
  }
  return encoding.toUint8Array(encoder);
}

/** Ranges sorted by clock, overlapping or touching ones joined (as Yjs's sortAndMergeDeleteSet). */
function normalize(ranges: Ranges): Ranges {
  const out: Ranges = [];
  for (const [clock, length] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && clock <= last[0] + last[1]) last[1] = Math.max(last[1], clock + length - last[0]);
    else out.push([clock, length]); // a copy: the parts' ranges stay as they were
  }
  return out;
}

function endsWith(bytes: Uint8Array, tail: Uint8Array): boolean {
  const offset = bytes.byteLength - tail.byteLength;
  for (let i = 0; i < tail.byteLength; i++) if (bytes[offset + i] !== tail[i]) return false;
  return true;
}
