import type * as Y from 'yjs';
import { fromCellValue, rootMap, type YRecord } from '../doc';
import { type Ordered, sortByOrder } from '../order';
import type { Cell } from '../types';

/**
 * Which cards sit in which cell (or tray), per doc, so that placing a card reads its few siblings
 * instead of scanning every card: a move on a 5,000-card board stays well under a millisecond.
 *
 * Kept current two ways: commands write through (`refresh` right after they change a card, so
 * later steps of the same transaction see it), and a deep observer marks every card a transaction
 * touched (remote updates, undo) to be re-read before the next query.
 */
class CardIndex {
  private readonly groupOf = new Map<string, string>();
  private readonly groups = new Map<string, Map<string, string>>();
  private readonly dirty = new Set<string>();
  private readonly cards: Y.Map<YRecord>;

  constructor(doc: Y.Doc) {
    this.cards = rootMap(doc, 'cards');
    this.cards.forEach((_, id) => {
      this.refresh(id);
    });
    this.cards.observeDeep((events) => {
      for (const event of events) {
        const id = event.path[0];
        if (typeof id === 'string') this.dirty.add(id);
        else for (const key of event.keys.keys()) this.dirty.add(key);
      }
    });
  }

  /** Re-reads one card's group and order from the doc. */
  refresh(id: string): void {
    const previous = this.groupOf.get(id);
    if (previous !== undefined) this.groups.get(previous)?.delete(id);
    const record = this.cards.get(id);
    if (!record) {
      this.groupOf.delete(id);
      return;
    }
    const group = groupKey(String(record.get('journeyId') ?? ''), fromCellValue(record.get('cell')));
    this.groupOf.set(id, group);
    let members = this.groups.get(group);
    if (!members) {
      members = new Map();
      this.groups.set(group, members);
    }
    members.set(id, String(record.get('order') ?? ''));
  }

  /** The cards of one cell (or of the journey's tray) in order, without `exceptId`. */
  siblings(journeyId: string, cell: Cell | null, exceptId?: string): Ordered[] {
    for (const id of this.dirty) this.refresh(id);
    this.dirty.clear();
    const out: Ordered[] = [];
    for (const [id, order] of this.groups.get(groupKey(journeyId, cell)) ?? [])
      if (id !== exceptId) out.push({ id, order });
    return sortByOrder(out);
  }
}

function groupKey(journeyId: string, cell: Cell | null): string {
  return cell ? `${journeyId}\u0000${cell.phaseId}\u0000${cell.channelId}` : `${journeyId}\u0000`;
}

// A cache keyed by doc (weakly: it goes with the doc), not shared state: it only mirrors the doc.
const indexes = new WeakMap<Y.Doc, CardIndex>();

function indexOf(doc: Y.Doc): CardIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = new CardIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

export function cardSiblings(doc: Y.Doc, journeyId: string, cell: Cell | null, exceptId?: string): Ordered[] {
  return indexOf(doc).siblings(journeyId, cell, exceptId);
}

/** Call after a command changed a card's cell, order or existence. */
export function refreshCard(doc: Y.Doc, cardId: string): void {
  indexOf(doc).refresh(cardId);
}
