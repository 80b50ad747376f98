/**
 * What a Yjs update (v1 encoding, as y-websocket sends) would change in a doc, found by decoding it
 * and locating each inserted item and each deletion against the doc, WITHOUT applying it: the
 * server checks a participant's update before it touches the room's doc.
 *
 * Cost: decoding is linear in the update's size; each item is located through a memo shared by the
 * whole update (an item's location is its parent's or its left neighbour's), each lookup in the doc
 * is a binary search in that client's structs, and walking up a stored item's parents takes at most
 * the nesting depth (4 levels in our layout). So about O(u log n) for an update of u structs on a
 * doc of n structs, independent of the board's size otherwise. Deletions iterate the stored structs
 * they cover. Applying the update to a clone instead costs O(n) per update (a 10,000-card board per keystroke).
 */
import * as Y from 'yjs';

export interface ChangeTarget {
  /** The root map (record kind, `session`, `meta`...). */
  readonly root: string;
  /** The record id (the key in the root map); null for an element not under a key. */
  readonly recordId: string | null;
  /** The record's key that changes (`name`, `text`, `votes`...); null when the record itself is set or deleted. */
  readonly field: string | null;
  /** The record is created by this same update: its fields are part of the creation. */
  readonly newRecord: boolean;
  readonly deletion: boolean;
}

/** Located nowhere the doc or the update knows: its dependencies are missing. */
export const UNRESOLVED = 'unresolved';

/** Paths longer than this are cut there (deeper than any layout: refused by its check). */
export const MAX_DEPTH = 8;

export interface Location {
  readonly root: string;
  /** Keys from the root down to the item: [recordId, field, ...]; null for a sequence element. */
  readonly path: readonly (string | null)[];
  readonly newRecord: boolean;
}

/** Null: the item integrates into garbage-collected content and changes nothing. */
export type Located = Location | null | typeof UNRESOLVED;

export type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * Every place the update changes, or `'unresolved'` entries when it depends on changes the doc does
 * not have. Throws on bytes that are not a Yjs v1 update.
 */
export function changedTargets(doc: Y.Doc, update: Uint8Array): (ChangeTarget | typeof UNRESOLVED)[] {
  const out: (ChangeTarget | typeof UNRESOLVED)[] = [];
  for (const change of locateChanges(doc, Y.decodeUpdate(update))) {
    if (change.located === null) continue;
    out.push(change.located === UNRESOLVED ? UNRESOLVED : toTarget(change.located, change.item === null));
  }
  return out;
}

/** One change of an update where it lands: an inserted item (with its content), or a deletion (item null). */
export interface LocatedChange {
  readonly located: Located;
  readonly item: Y.Item | null;
}

/** A decoded update, as `Y.decodeUpdate` returns it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/**
 * Each inserted item and each deleted item of a decoded update, located against `doc` (same cost as
 * changedTargets), lazily: a caller that refuses at the first bad change pays for no more.
 */
export function* locateChanges(doc: Y.Doc, decoded: DecodedUpdate): Generator<LocatedChange> {
  const { structs, ds } = decoded;
  const byClient = groupByClient(structs);
  const locator = new Locator(doc, byClient);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue; // GC and Skip structs add no visible content
    const known = Y.getState(doc.store, struct.id.client);
    if (struct.id.clock + struct.length <= known) continue; // already in the doc: ignored when applied
    yield { located: locator.locateUpdateItem(struct), item: struct };
  }
  for (const [client, ranges] of ds.clients) {
    const known = Y.getState(doc.store, client);
    const stored = doc.store.clients.get(client);
    for (const { clock, end } of mergeRanges(ranges)) {
      if (stored && clock < known) {
        for (let i = Y.findIndexSS(stored, clock); i < stored.length; i++) {
          const struct = stored[i]!;
          if (struct.id.clock >= end) break;
          if (struct instanceof Y.Item && !struct.deleted) yield { located: locateStored(struct), item: null };
        }
      }
      // Beyond the doc's state: content of this same update (already counted as inserted) or missing.
      if (end > known && !locator.coveredByUpdate(client, Math.max(clock, known), end))
        yield { located: UNRESOLVED, item: null };
    }
  }
}

/** The update's structs by client, in clock order (as the encoding lists them). */
export function groupByClient(structs: readonly Struct[]): Map<number, Struct[]> {
  const byClient = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  return byClient;
}

/** Sorted, overlapping ranges merged: a crafted delete set repeating a huge range costs one walk, not one per copy. */
export function mergeRanges(ranges: readonly { clock: number; len: number }[]): { clock: number; end: number }[] {
  const sorted = [...ranges].sort((a, b) => a.clock - b.clock);
  const out: { clock: number; end: number }[] = [];
  for (const { clock, len } of sorted) {
    const last = out[out.length - 1];
    if (last && clock <= last.end) last.end = Math.max(last.end, clock + len);
    else out.push({ clock, end: clock + len });
  }
  return out;
}

export function toTarget(location: Location, deletion: boolean): ChangeTarget {
  return {
    root: location.root,
    recordId: location.path[0] ?? null,
    field: location.path[1] ?? null,
    newRecord: location.newRecord,
    deletion,
  };
}

/** An integrated item's place, walking up its parents to the root type. */
function locateStored(item: Y.Item): Located {
  const keys: (string | null)[] = [];
  let current: Y.Item = item;
  for (;;) {
    keys.push(current.parentSub);
    const parent = current.parent;
    if (!(parent instanceof Y.AbstractType)) return null;
    const owner = parent._item;
    if (owner === null) return { root: Y.findRootTypeKey(parent), path: keys.reverse(), newRecord: false };
    current = owner;
  }
}

export interface FoundStruct {
  readonly struct: Struct;
  /** In the doc already (else: in the update). */
  readonly stored: boolean;
}

/** The struct holding `id`: from the doc when it has it, else from the update (binary searches). */
export function findStruct(doc: Y.Doc, byClient: Map<number, Struct[]>, id: Y.ID): FoundStruct | null {
  if (Y.getState(doc.store, id.client) > id.clock) {
    const stored = doc.store.clients.get(id.client)!;
    return { struct: stored[Y.findIndexSS(stored, id.clock)]!, stored: true };
  }
  const list = byClient.get(id.client);
  if (!list) return null;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (id.clock < s.id.clock) hi = mid - 1;
    else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
    else return { struct: s, stored: false };
  }
  return null;
}

class Locator {
  private readonly memo = new Map<Struct, Located>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly byClient: Map<number, Struct[]>,
  ) {}

  coveredByUpdate(client: number, from: number, to: number): boolean {
    const list = this.byClient.get(client);
    if (!list || list.length === 0) return false;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    return first.id.clock <= from && last.id.clock + last.length >= to;
  }

  private find(id: Y.ID): FoundStruct | null {
    return findStruct(this.doc, this.byClient, id);
  }

  /**
   * Follows parent and left/right-origin links without recursion (a pasted text is a long chain of
   * items each right of the previous one), then fills the memo back down the chain.
   */
  locateUpdateItem(start: Y.Item): Located {
    const chain: { item: Y.Item; viaParent: boolean }[] = [];
    const seen = new Set<Y.Item>();
    let item: Y.Item = start;
    let base: Located;
    for (;;) {
      const memo = this.memo.get(item);
      if (memo !== undefined) {
        base = memo;
        break;
      }
      const parent = item.parent as unknown;
      if (typeof parent === 'string') {
        base = { root: parent, path: [item.parentSub], newRecord: true };
        this.memo.set(item, base);
        break;
      }
      const next = parent instanceof Y.ID ? parent : (item.origin ?? item.rightOrigin);
      if (!next) {
        base = UNRESOLVED;
        break;
      }
      const found = this.find(next);
      if (!found || found.struct instanceof Y.Skip) {
        base = UNRESOLVED;
        break;
      }
      chain.push({ item, viaParent: parent instanceof Y.ID });
      seen.add(item);
      if (found.struct instanceof Y.GC) {
        base = null;
        break;
      }
      if (found.stored) {
        base = this.memoStored(found.struct);
        break;
      }
      if (seen.has(found.struct)) {
        base = UNRESOLVED; // a cycle of parents or origins: Yjs never integrates it either
        break;
      }
      item = found.struct;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!;
      if (base !== null && base !== UNRESOLVED) {
        // Past MAX_DEPTH the path stops growing (no layout is that deep): a crafted nesting of
        // thousands of levels costs linear time, not a copy of a growing path per level.
        if (link.viaParent && base.path.length < MAX_DEPTH) {
          base = { root: base.root, path: [...base.path, link.item.parentSub], newRecord: base.newRecord };
        } else if (base.path.length === 1 && !base.newRecord) {
          // A new record item set over an existing key (it names the old one as its left origin).
          base = { ...base, newRecord: true };
        }
      }
      this.memo.set(link.item, base);
    }
    return base;
  }

  private memoStored(item: Y.Item): Located {
    let located = this.memo.get(item);
    if (located === undefined) {
      located = locateStored(item);
      this.memo.set(item, located);
    }
    return located;
  }
}
