/**
 * Edits no honest client makes, written on a Y.Doc below the model's commands.
 *
 * Only packages/journey knows how a board is laid out in Yjs, and every honest edit in these tests
 * goes through its commands and is read through its snapshots. The security, fuzz and role tests
 * bypass them here, on purpose and in this file alone: they must prove that the relay refuses what
 * no command would write (a field of the wrong type, a record that is not a map, a root outside the
 * layout, another participant's comment rewritten) and that readers survive what was stored before
 * the check existed. So this file names the layout's roots and fields by hand, like an attacker.
 */
import * as Y from 'yjs';

/** Sets `field` of the record `id` in the root map `root` to `value`, whatever the layout allows. */
export function forceRecordField(doc: Y.Doc, root: string, id: string, field: string, value: unknown): void {
  const record = doc.getMap(root).get(id);
  if (!(record instanceof Y.Map)) throw new Error(`no record ${root}/${id} to force`);
  record.set(field, value);
}

/** Sets `key` of the root map `root` to `value`: a meta field, a record slot, a root the layout lacks. */
export function forceRootEntry(doc: Y.Doc, root: string, key: string, value: unknown): void {
  doc.getMap(root).set(key, value);
}

/**
 * What a board stored before the relay checked shapes could hold, in one transaction: records that
 * are a string, an array, a `__proto__` card, a KPI that is not one, and a schema version that is
 * not a number.
 */
export function poisonRecords(doc: Y.Doc, at: { readonly journeyId: string; readonly phaseId: string }): void {
  doc.transact(() => {
    const cards = doc.getMap('cards');
    cards.set('x', 'string');
    cards.set('y', new Y.Array());
    const proto = new Y.Map();
    cards.set('__proto__', proto);
    proto.set('journeyId', at.journeyId);
    proto.set('text', new Y.Text('proto'));
    const kpis = (doc.getMap('phases').get(at.phaseId) as Y.Map<unknown>).get('kpis') as Y.Map<unknown>;
    kpis.set('k', 'not a KPI');
    doc.getMap('meta').set('schemaVersion', 'garbage');
  });
}

/** A Yjs item id: where a crafted update attaches its own items. */
export interface ItemId {
  readonly client: number;
  readonly clock: number;
}

/** The item ids of a card's record and of its text: the anchors the crafted updates aim at. */
export function cardItems(doc: Y.Doc, cardId: string): { readonly recordItem: ItemId; readonly textItem: ItemId } {
  const record = doc.getMap('cards').get(cardId);
  if (!(record instanceof Y.Map)) throw new Error(`no card ${cardId}`);
  const text = record.get('text');
  if (!(text instanceof Y.Text)) throw new Error(`card ${cardId} has no text`);
  const itemOf = (type: { _item: Y.Item | null }): ItemId => ({
    client: type._item!.id.client,
    clock: type._item!.id.clock,
  });
  return { recordItem: itemOf(record), textItem: itemOf(text) };
}
