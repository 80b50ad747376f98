/**
 * The server's check of an incoming update from a connection that is not a facilitator's: what in
 * it breaks the facilitation rules, given the board as it is before the update. Empty: allowed.
 */
import type * as Y from 'yjs';
import { readSession } from '../session';
import { type ChangeTarget, changedTargets, type Location, toTarget, UNRESOLVED } from './changedTargets';
import { STRUCTURE_KINDS } from './lock';
import type { BoardRole } from './roles';

/** Card fields only a facilitator changes on an existing card: revealing private cards, or forging their author. */
const PRIVATE_FIELDS = new Set(['hidden', 'authorId']);
const STRUCTURE = new Set<string>(STRUCTURE_KINDS);
/**
 * A card's `emotion` is the facilitator's value ("Émotion (animation)"); participants give theirs as
 * ratings. On a new card it may come along (a duplicate, an undone deletion), on an existing card not.
 */
const FACILITATOR_FIELDS = new Set(['emotion']);

/**
 * Reasons why `role` may not apply `update` (Yjs v1 bytes) to `docBefore`; an empty list when it may.
 * Rules: a viewer changes nothing; an editor never changes the session, never reveals or re-attributes
 * an existing card nor sets its (facilitator's) emotion and, while the structure is locked, never touches personas, journeys, phases or
 * channels (KPI figures inside a phase stay editable); a facilitator may do anything. An update that
 * depends on changes the doc lacks is refused too, since where it lands cannot be known yet.
 * Bytes that are not an update give one reason instead of throwing. Cost: see changedTargets.ts.
 * The doc is only read, never changed.
 */
export function forbiddenChanges(docBefore: Y.Doc, update: Uint8Array, role: BoardRole): string[] {
  if (role === 'facilitator') return [];
  let targets: ReturnType<typeof changedTargets>;
  try {
    targets = changedTargets(docBefore, update);
  } catch {
    return ['malformed update'];
  }
  if (targets.length === 0) return [];
  if (role === 'view') return ['a viewer cannot edit the board'];
  if (role === 'comment' && targets.some((t) => t === UNRESOLVED || t.root !== 'comments'))
    return ['a commenter only comments'];
  const locked = readSession(docBefore).structureLocked;
  // Deleting a card deletes its fields too: that is not setting its emotion.
  const deletedCards = new Set<string>();
  for (const target of targets)
    if (target !== UNRESOLVED && target.root === 'cards' && target.field === null && target.deletion && target.recordId)
      deletedCards.add(target.recordId);
  const reasons = new Set<string>();
  for (const target of targets) {
    const reason =
      target === UNRESOLVED
        ? 'the update depends on changes the board does not have'
        : ruleFor(target, locked, (id) => deletedCards.has(id));
    if (reason) reasons.add(reason);
  }
  return [...reasons];
}

/**
 * The rights rule for one located change of an editor's update (trust/checkUpdate.ts), or null when
 * allowed. `cardDeleted` tells whether the same update deletes a card (its fields go with it).
 */
export function rightsRule(
  location: Location,
  deletion: boolean,
  locked: boolean,
  cardDeleted: (cardId: string) => boolean,
): string | null {
  return ruleFor(toTarget(location, deletion), locked, cardDeleted);
}

function ruleFor(target: ChangeTarget, locked: boolean, cardDeleted: (cardId: string) => boolean): string | null {
  if (target.root === 'session') return 'only a facilitator changes the session';
  if (locked && STRUCTURE.has(target.root) && !(target.root === 'phases' && target.field === 'kpis'))
    return `the structure is locked (${target.root})`;
  if (target.root === 'cards' && target.field !== null && PRIVATE_FIELDS.has(target.field) && !target.newRecord)
    return 'only a facilitator reveals private cards';
  if (
    target.root === 'cards' &&
    target.field !== null &&
    FACILITATOR_FIELDS.has(target.field) &&
    !target.newRecord &&
    !(target.recordId !== null && cardDeleted(target.recordId))
  )
    return "only a facilitator sets a card's emotion; participants rate it";
  return null;
}
