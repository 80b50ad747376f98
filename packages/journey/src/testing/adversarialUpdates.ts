/**
 * Yjs updates a hostile client can craft by hand, written struct by struct in the v1 encoding (the
 * Yjs API never makes them): origin walks (issue 12: items whose origins are far apart make Yjs walk
 * the list between them for each), many clients, long origin chains, deep nesting, large deletes,
 * root arrays and records of the wrong shape. `adversarialArbitrary` draws them for the fuzz suite.
 */
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';

export interface Ref {
  readonly client: number;
  readonly clock: number;
}

export type RawContent =
  | { readonly kind: 'any'; readonly values: readonly unknown[] }
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'deleted'; readonly len: number }
  | { readonly kind: 'type'; readonly type: 'array' | 'map' | 'text' };

export interface RawItem {
  readonly client: number;
  readonly clock: number;
  readonly origin?: Ref;
  readonly rightOrigin?: Ref;
  /** Written only when the item has no origin (Yjs copies the parent from the origins otherwise). */
  readonly parent?: { readonly root: string } | { readonly item: Ref };
  readonly parentSub?: string;
  readonly content: RawContent;
}

export interface RawDelete {
  readonly client: number;
  readonly clock: number;
  readonly len: number;
}

const TYPE_REFS = { array: 0, map: 1, text: 2 } as const;
const CONTENT_REFS = { deleted: 1, string: 4, type: 7, any: 8 } as const;

export function itemLength(content: RawContent): number {
  if (content.kind === 'any') return content.values.length;
  if (content.kind === 'string') return content.text.length;
  if (content.kind === 'deleted') return content.len;
  return 1;
}

/** A Yjs v1 update holding exactly these items (grouped by client, in clock order) and deletions. */
export function encodeRawUpdate(items: readonly RawItem[], deletes: readonly RawDelete[] = []): Uint8Array {
  const byClient = new Map<number, RawItem[]>();
  for (const item of items) {
    const list = byClient.get(item.client) ?? [];
    list.push(item);
    byClient.set(item.client, list);
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, byClient.size);
  for (const [client, list] of [...byClient].sort((a, b) => b[0] - a[0])) {
    list.sort((a, b) => a.clock - b.clock);
    encoding.writeVarUint(e, list.length);
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, list[0]!.clock);
    for (const item of list) writeItem(e, item);
  }
  const dsByClient = new Map<number, RawDelete[]>();
  for (const d of deletes) {
    const list = dsByClient.get(d.client) ?? [];
    list.push(d);
    dsByClient.set(d.client, list);
  }
  encoding.writeVarUint(e, dsByClient.size);
  for (const [client, ranges] of dsByClient) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, ranges.length);
    for (const r of ranges) {
      encoding.writeVarUint(e, r.clock);
      encoding.writeVarUint(e, r.len);
    }
  }
  return encoding.toUint8Array(e);
}

function writeItem(e: encoding.Encoder, item: RawItem): void {
  const explicitParent = !item.origin && !item.rightOrigin;
  const info =
    CONTENT_REFS[item.content.kind] |
    (item.origin ? 0x80 : 0) |
    (item.rightOrigin ? 0x40 : 0) |
    (explicitParent && item.parentSub !== undefined ? 0x20 : 0);
  encoding.writeUint8(e, info);
  if (item.origin) writeId(e, item.origin);
  if (item.rightOrigin) writeId(e, item.rightOrigin);
  if (explicitParent) {
    const parent = item.parent ?? { root: 'x' };
    if ('root' in parent) {
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, parent.root);
    } else {
      encoding.writeVarUint(e, 0);
      writeId(e, parent.item);
    }
    if (item.parentSub !== undefined) encoding.writeVarString(e, item.parentSub);
  }
  const c = item.content;
  if (c.kind === 'deleted') encoding.writeVarUint(e, c.len);
  else if (c.kind === 'string') encoding.writeVarString(e, c.text);
  else if (c.kind === 'type') encoding.writeVarUint(e, TYPE_REFS[c.type]);
  else {
    encoding.writeVarUint(e, c.values.length);
    for (const v of c.values) encoding.writeAny(e, v as never);
  }
}

function writeId(e: encoding.Encoder, id: Ref): void {
  encoding.writeVarUint(e, id.client);
  encoding.writeVarUint(e, id.clock);
}

/**
 * The origin walk of issue 12. A: `n` items chained by their origins in `parent` (alternately live
 * and deleted, so Yjs cannot merge them into one), in updates of `chunk` items. B: `m` items of `m`
 * other clients, each with no left origin and its right origin on A's last item: Yjs walks A's n
 * items for each of them, n x m steps in all. Returns A's updates then B (when m > 0).
 */
export function originWalk(
  n: number,
  m: number,
  parent: RawItem['parent'],
  clients = { a: 1_000_000, b: 2_000_000 },
  chunk = n,
): Uint8Array[] {
  const a: RawItem[] = [];
  for (let i = 0; i < n; i++) {
    const content: RawContent = i % 2 === 0 ? { kind: 'string', text: 'a' } : { kind: 'deleted', len: 1 };
    a.push(
      i === 0
        ? { client: clients.a, clock: 0, parent, content }
        : { client: clients.a, clock: i, origin: { client: clients.a, clock: i - 1 }, content },
    );
  }
  const out: Uint8Array[] = [];
  for (let at = 0; at < n; at += chunk) out.push(encodeRawUpdate(a.slice(at, at + chunk)));
  const last = { client: clients.a, clock: n - 1 };
  const b: RawItem[] = [];
  for (let j = 0; j < m; j++)
    b.push({ client: clients.b + j, clock: 0, rightOrigin: last, content: { kind: 'string', text: 'b' } });
  if (m > 0) out.push(encodeRawUpdate(b));
  return out;
}

/** A chain of `depth` nested maps, each inside the previous one, under `parent`. */
export function deepNesting(depth: number, parent: RawItem['parent'], client = 3_000_000): Uint8Array {
  const items: RawItem[] = [];
  for (let i = 0; i < depth; i++) {
    items.push({
      client,
      clock: i,
      parent: i === 0 ? parent : { item: { client, clock: i - 1 } },
      parentSub: `k${i}`,
      content: { kind: 'type', type: 'map' },
    });
  }
  return encodeRawUpdate(items);
}

/** `count` delete ranges of one clock each, every other clock of `client` from 0. */
export function manyDeletes(client: number, count: number): Uint8Array {
  return encodeRawUpdate(
    [],
    Array.from({ length: count }, (_, i) => ({ client, clock: i * 2, len: 1 })),
  );
}

/** One item from each of `count` clients, each a key of `parent` map. */
export function manyClients(count: number, parent: RawItem['parent'], first = 4_000_000): Uint8Array {
  return encodeRawUpdate(
    Array.from({ length: count }, (_, i) => ({
      client: first + i,
      clock: 0,
      parent,
      parentSub: `c${i}`,
      content: { kind: 'any', values: [i] } as const,
    })),
  );
}

/** A record of the wrong shape, or a forbidden write, as one update of one fresh client. */
export function wrongShape(
  what: 'string-record' | 'schema-version' | 'proto-id' | 'unknown-field' | 'root-array' | 'foreign-root',
  client = 5_000_000,
): Uint8Array {
  const at = (root: string, parentSub: string | undefined, content: RawContent): Uint8Array =>
    encodeRawUpdate([{ client, clock: 0, parent: { root }, ...(parentSub ? { parentSub } : {}), content }]);
  switch (what) {
    case 'string-record':
      return at('cards', 'x', { kind: 'any', values: ['string'] });
    case 'schema-version':
      return at('meta', 'schemaVersion', { kind: 'any', values: [999] });
    case 'proto-id':
      return at('cards', '__proto__', { kind: 'type', type: 'map' });
    case 'unknown-field':
      return encodeRawUpdate([
        { client, clock: 0, parent: { root: 'cards' }, parentSub: 'c1', content: { kind: 'type', type: 'map' } },
        {
          client,
          clock: 1,
          parent: { item: { client, clock: 0 } },
          parentSub: 'evil',
          content: { kind: 'any', values: [1] },
        },
      ]);
    case 'root-array':
      return at('cards', undefined, { kind: 'any', values: [1] });
    case 'foreign-root':
      return at('intrus', 'k', { kind: 'any', values: [1] });
  }
}

export type AdversarialKind =
  | 'origin-walk'
  | 'many-clients'
  | 'origin-chain'
  | 'deep-nesting'
  | 'large-delete'
  | 'root-array'
  | 'wrong-shape';

/** A group of updates sent in order on one connection. */
export interface AdversarialCase {
  readonly kind: AdversarialKind;
  readonly updates: readonly Uint8Array[];
  /**
   * The block of client ids the case writes with (ids slot × CLIENT_SLOT and the next 9,999), or
   * null when it writes none. Two cases of one block would collide: the second one's structs would
   * already be in the doc and change nothing, so draw cases with distinct slots (fc.uniqueArray).
   */
  readonly slot: number | null;
}

/** Width of a case's block of client ids: the widest case (many-clients) uses 5,000 of them. */
export const CLIENT_SLOT = 10_000;

/**
 * Adversarial updates drawn from a seed. `textItem` is the item holding a card's Y.Text on the
 * attacked board (an honest client made it), so that origin walks land inside the layout and only
 * the cost bound can stop them; `recordItem` the item of a card record (a Y.Map).
 */
export function adversarialArbitrary(anchors: { textItem: Ref; recordItem: Ref }): fc.Arbitrary<AdversarialCase> {
  // A case's clients stay in its block: many-clients uses slot × CLIENT_SLOT + [0, 5,000), an origin
  // walk the 2,000 ids below it or the 1,001 above it (unused by any other block's case).
  const slot = fc.integer({ min: 1_000, max: Math.floor((2 ** 31 - 1) / CLIENT_SLOT) - 1 });
  const client = slot.map((k) => k * CLIENT_SLOT);
  const slotOf = (id: number) => Math.floor(id / CLIENT_SLOT);
  const inText = { item: anchors.textItem };
  return fc.oneof(
    fc
      .record({
        n: fc.integer({ min: 1_000, max: 8_000 }),
        m: fc.integer({ min: 50, max: 1_000 }),
        chunk: fc.constantFrom(300, 1_000, 20_000),
        a: client,
      })
      .map(({ n, m, chunk, a }) => ({
        kind: 'origin-walk' as const,
        // B's clients below or above A's: Yjs walks either way.
        updates: originWalk(n, m, inText, { a, b: (a / CLIENT_SLOT) % 2 === 0 ? a - 2 * m : a + 1 }, chunk),
        slot: slotOf(a),
      })),
    fc.record({ n: fc.integer({ min: 100, max: 5_000 }), first: client }).map(({ n, first }) => ({
      kind: 'many-clients' as const,
      updates: [manyClients(n, { item: anchors.recordItem }, first)],
      slot: slotOf(first),
    })),
    fc.record({ n: fc.integer({ min: 1_000, max: 60_000 }), a: client }).map(({ n, a }) => ({
      kind: 'origin-chain' as const,
      updates: originWalk(n, 0, inText, { a, b: a }),
      slot: slotOf(a),
    })),
    fc.record({ depth: fc.integer({ min: 10, max: 50_000 }), c: client }).map(({ depth, c }) => ({
      kind: 'deep-nesting' as const,
      updates: [deepNesting(depth, { item: anchors.recordItem }, c)],
      slot: slotOf(c),
    })),
    fc.record({ count: fc.integer({ min: 1_000, max: 300_000 }) }).map(({ count }) => ({
      kind: 'large-delete' as const,
      updates: [manyDeletes(anchors.textItem.client, count)],
      slot: null,
    })),
    fc.record({ n: fc.integer({ min: 1, max: 20_000 }), a: client }).map(({ n, a }) => ({
      kind: 'root-array' as const,
      updates: originWalk(n, Math.min(n, 200), { root: 'cards' }, { a, b: a + 1 }),
      slot: slotOf(a),
    })),
    fc
      .record({
        what: fc.constantFrom(
          'string-record',
          'schema-version',
          'proto-id',
          'unknown-field',
          'root-array',
          'foreign-root',
        ) as fc.Arbitrary<Parameters<typeof wrongShape>[0]>,
        c: client,
      })
      .map(({ what, c }) => ({ kind: 'wrong-shape' as const, updates: [wrongShape(what, c)], slot: slotOf(c) })),
  );
}
