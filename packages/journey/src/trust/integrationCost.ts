/**
 * An upper bound of the work Yjs does to integrate an update into a doc, computed WITHOUT applying
 * it, so the relay can refuse an update that would hold the event loop (issue 12: one crafted
 * update of 113 KB stalled the server 7 s).
 *
 * Where the work hides: Yjs places an inserted item between its left origin and its right origin by
 * walking every item that lies between them (YATA's conflict resolution). An honest client's
 * origins are neighbours, so the walk is empty or a few concurrent items. A crafted item can name
 * origins far apart (no left origin, right origin at the end of a 50,000-item list), and a thousand
 * such items cost 50,000 steps each. An item always lands right of its left origin and left of its
 * right origin, so the walk of item I passes at most:
 *   - the stored structs between I's stored anchors (follow I's origins through the update's own
 *     items until a stored struct: I lands between those two), counted by walking the doc's list
 *     with a cap, once per pair of anchors (memoised);
 *   - the update's own items in the same list (same parent and key), integrated before I: counted
 *     as g(g-1)/2 for g items in one list, a bound an honest update stays far below (its items are
 *     chains of a few runs per text).
 * The sum, plus one step per struct, is compared to a budget. Cost of the estimate: O(u log n) plus
 * the capped walks, so at most the budget itself.
 */
import * as Y from 'yjs';
import { findStruct, type Struct } from '../facilitation/changedTargets';

/** An item of the update with the key of the list it goes into (same parent and parent key). */
export interface ListedItem {
  readonly item: Y.Item;
  readonly list: string;
}

type Anchor = Struct | null | 'unknown';
/** A shared type that holds items (Yjs's own type for an item's parent). */
type ParentType = Exclude<Y.Item['parent'], Y.ID | null>;

/** Work steps to integrate `items` into `doc`; stops counting once over `budget` (returns a value > budget). */
export function integrationSteps(
  doc: Y.Doc,
  byClient: Map<number, Struct[]>,
  items: readonly ListedItem[],
  budget: number,
): number {
  let steps = items.length;
  const perList = new Map<string, number>();
  for (const { list } of items) perList.set(list, (perList.get(list) ?? 0) + 1);
  for (const g of perList.values()) steps += (g * (g - 1)) / 2;
  if (steps > budget) return steps;
  const anchors = new Anchors(doc, byClient);
  const walks = new Map<Struct | ParentType, Map<Struct | null, number>>();
  for (const { item } of items) {
    const left = anchors.of(item, 'left');
    const right = anchors.of(item, 'right');
    if (left === 'unknown' || right === 'unknown') continue; // refused as unresolved elsewhere
    // No stored left anchor: the walk may start at the list's head, found from the first item of
    // the origin chain (it names its parent and key; the others copy theirs from it).
    const head = left === null ? anchors.headOf(item) : item;
    const from = left ?? startOf(doc, byClient, head, right);
    if (from === null) continue; // a list that has no stored item yet
    let byRight = walks.get(from);
    if (!byRight) {
      byRight = new Map();
      walks.set(from, byRight);
    }
    let walk = byRight.get(right);
    if (walk === undefined) {
      walk =
        from instanceof Y.AbstractType
          ? walkFromStart(from, head, right, budget - steps)
          : walkBetween(from, right, budget - steps);
      byRight.set(right, walk);
    }
    steps += walk;
    if (steps > budget) return steps;
  }
  return steps;
}

/** Structs from `from` (included) rightwards until `right` or the end of the list, at most cap + 1. */
function walkBetween(from: Struct, right: Struct | null, cap: number): number {
  let steps = 0;
  for (let o: Struct | null = from; o !== null && o !== right; o = o instanceof Y.Item ? o.right : null) {
    if (++steps > cap) break;
  }
  return steps;
}

/** Like walkBetween from the first item of the list (of the item's key in a map: found by walking left). */
function walkFromStart(parent: ParentType, item: Y.Item, right: Struct | null, cap: number): number {
  const key = right instanceof Y.Item ? right.parentSub : item.parentSub;
  let steps = 0;
  let first: Y.Item | null;
  if (key === null) first = parent._start;
  else {
    first = parent._map.get(key) ?? null;
    while (first?.left && steps <= cap) {
      first = first.left;
      steps++;
    }
  }
  return first === null ? steps : steps + walkBetween(first, right, cap - steps);
}

/** The parent type whose list an item without a stored left anchor starts from; null when it has no stored items. */
function startOf(doc: Y.Doc, byClient: Map<number, Struct[]>, item: Y.Item, right: Struct | null): ParentType | null {
  if (right instanceof Y.Item) return right.parent instanceof Y.AbstractType ? right.parent : null;
  if (right !== null) return null; // a GC struct: the item is dropped
  const parent = item.parent as unknown;
  if (typeof parent === 'string') return doc.share.get(parent) ?? null;
  if (parent instanceof Y.ID) {
    const found = findStruct(doc, byClient, parent);
    if (found?.stored && found.struct instanceof Y.Item && found.struct.content instanceof Y.ContentType)
      return found.struct.content.type;
  }
  return null; // under a type created by this update, or placed by an origin in it
}

/** The first stored struct met following an item's left (or right) origins through the update's own items. */
class Anchors {
  private readonly memo = { left: new Map<Y.Item, Anchor>(), right: new Map<Y.Item, Anchor>() };
  /** For an item whose left origins lead to none: the first item of that chain. */
  private readonly heads = new Map<Y.Item, Y.Item>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly byClient: Map<number, Struct[]>,
  ) {}

  of(start: Y.Item, side: 'left' | 'right'): Anchor {
    const memo = this.memo[side];
    const chain: Y.Item[] = [];
    const seen = new Set<Y.Item>();
    let item = start;
    let anchor: Anchor;
    for (;;) {
      const known = memo.get(item);
      if (known !== undefined) {
        anchor = known;
        break;
      }
      chain.push(item);
      seen.add(item);
      const id = side === 'left' ? item.origin : item.rightOrigin;
      if (id === null) {
        anchor = null;
        if (side === 'left') for (const link of chain) this.heads.set(link, item);
        break;
      }
      const found = findStruct(this.doc, this.byClient, id);
      if (!found || !(found.struct instanceof Y.Item || found.stored)) {
        anchor = 'unknown';
        break;
      }
      if (found.stored) {
        anchor = found.struct;
        break;
      }
      item = found.struct as Y.Item;
      if (seen.has(item)) {
        anchor = 'unknown'; // a cycle of origins: Yjs never integrates it either
        break;
      }
    }
    if (anchor === null && side === 'left') {
      const head = this.heads.get(item) ?? item;
      for (const link of chain) if (!this.heads.has(link)) this.heads.set(link, head);
    }
    for (const link of chain) memo.set(link, anchor);
    return anchor;
  }

  /** The first item of `item`'s chain of left origins (itself when it has none); call after of(item, 'left'). */
  headOf(item: Y.Item): Y.Item {
    return this.heads.get(item) ?? item;
  }
}
