/**
 * Fractional indexes: every ordered record carries an `order` string and lists sort by it (then by id),
 * so moving one item writes one key instead of rewriting an id array, and concurrent moves
 * of different items never conflict. Keys come from `fractional-indexing` (base 62, validated, growing
 * logarithmically: moving an item to the top a thousand times keeps keys a few characters long).
 * Docs written with the earlier hand-made keys are re-keyed by migration 002.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** A key strictly between `a` and `b` (null: open end). Throws when a >= b or a key is not one of ours. */
export function orderBetween(a: string | null, b: string | null): string {
  if (a !== null && b !== null && a >= b) {
    throw new RangeError(`orderBetween: ${JSON.stringify(a)} is not before ${JSON.stringify(b)}`);
  }
  return generateKeyBetween(a, b);
}

/** `count` keys, in order, strictly between `a` and `b`, kept short. */
export function ordersBetween(a: string | null, b: string | null, count: number): string[] {
  return count <= 0 ? [] : generateNKeysBetween(a, b, count);
}

/** Whether `key` is a key `orderBetween` can build on (not one a stale or hostile peer made up). */
export function isOrderKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

export interface Ordered {
  readonly id: string;
  readonly order: string;
}

/** Total order of records: by key, ties (concurrent inserts at one spot) broken by id, the same on every peer. */
export function compareOrder(x: Ordered, y: Ordered): number {
  if (x.order !== y.order) return x.order < y.order ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

export function sortByOrder<T extends Ordered>(items: Iterable<T>): T[] {
  return [...items].sort(compareOrder);
}

/**
 * The key that places an item before `beforeId` in `siblings` (already sorted, without the moved item),
 * or at the end when `beforeId` is absent or unknown. Keys that are not ours (a record whose order a
 * concurrent change left unset, a peer's made-up key) are stepped over; when the item cannot go right
 * before such a key, it goes to the end rather than failing the user's command.
 */
export function orderBefore(siblings: readonly Ordered[], beforeId?: string | null): string {
  const at = beforeId ? siblings.findIndex((s) => s.id === beforeId) : -1;
  const next = at < 0 ? null : siblings[at]!.order;
  if (next === null || !isOrderKey(next)) return orderAfter(siblings);
  // Skip back over neighbours that share the key (concurrent inserts): there is no room between equal keys.
  let prev: string | null = null;
  for (let i = at - 1; i >= 0; i--) {
    const key = siblings[i]!.order;
    if (key < next && isOrderKey(key)) {
      prev = key;
      break;
    }
  }
  return orderBetween(prev, next);
}

/** A key after every valid key of `siblings`. */
function orderAfter(siblings: readonly Ordered[]): string {
  let last: string | null = null;
  for (const { order } of siblings) if ((last === null || order > last) && isOrderKey(order)) last = order;
  return orderBetween(last, null);
}
