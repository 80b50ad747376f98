/**
 * Fractional indexes: every ordered record carries an `order` string and lists sort by it (then by id),
 * so moving one item writes one key instead of rewriting an id array, and concurrent moves
 * of different items never conflict. Keys are base62 fractions (digits in ASCII order) that never
 * end in '0', so there is always room between two distinct keys.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

function digit(key: string, at: number): number {
  const ch = key[at];
  return ch === undefined ? 0 : DIGITS.indexOf(ch);
}

/** A key strictly between `a` and `b` (null: open end). Throws when a >= b. */
export function orderBetween(a: string | null, b: string | null): string {
  const lo = a ?? '';
  if (b !== null && lo >= b)
    throw new RangeError(`orderBetween: ${JSON.stringify(a)} is not before ${JSON.stringify(b)}`);
  return between(lo, b);
}

function between(a: string, b: string | null): string {
  if (b === null) {
    // Appending is the common case: step the first digit up instead of halving, so long runs
    // of appends grow keys slowly (about one character per 30 appends).
    const first = digit(a, 0);
    if (first < BASE - 1) return DIGITS[first + 1]!;
    return DIGITS[first]! + between(a.slice(1), null);
  }
  let shared = 0;
  while (shared < b.length && (a[shared] ?? '0') === b[shared]) shared++;
  if (shared > 0) return b.slice(0, shared) + between(a.slice(shared), b.slice(shared));
  const da = digit(a, 0);
  const db = digit(b, 0);
  if (db - da > 1) return DIGITS[Math.floor((da + db) / 2)]!;
  // Adjacent first digits: b's first digit alone sorts between them when b has more digits.
  if (b.length > 1) return b[0]!;
  return DIGITS[da]! + between(a.slice(1), null);
}

/** `count` keys, in order, strictly between `a` and `b`, kept short by splitting in halves. */
export function ordersBetween(a: string | null, b: string | null, count: number): string[] {
  if (count <= 0) return [];
  const mid = orderBetween(a, b);
  const leftCount = Math.floor((count - 1) / 2);
  return [...ordersBetween(a, mid, leftCount), mid, ...ordersBetween(mid, b, count - 1 - leftCount)];
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
 * or at the end when `beforeId` is absent or unknown.
 */
export function orderBefore(siblings: readonly Ordered[], beforeId?: string | null): string {
  const at = beforeId ? siblings.findIndex((s) => s.id === beforeId) : -1;
  if (at < 0) return orderBetween(siblings.at(-1)?.order ?? null, null);
  const next = siblings[at]!.order;
  // Skip back over neighbours that share the key (concurrent inserts): there is no room between equal keys.
  let prev: string | null = null;
  for (let i = at - 1; i >= 0; i--) {
    if (siblings[i]!.order < next) {
      prev = siblings[i]!.order;
      break;
    }
  }
  // No key sorts before an empty one (a record whose order a concurrent change left unset): rather
  // than fail the user's command, place the item at the end.
  if ((prev ?? '') >= next) return orderBetween(siblings.at(-1)!.order, null);
  return orderBetween(prev, next);
}
