/**
 * Where every load client writes its edits: the `votes` map of one card that every board under
 * test holds (built by fixtures/editBoard.ts). An edit sets one new key of that map to a number
 * (the writer's clock), which fits the board's layout (a card's votes are a Y.Map of numbers,
 * packages/journey trust/layout.ts), so the Parcours relay's check of every update lets it through
 * and every server gets the same kind of edit. Only yjs here: the client processes need no model.
 */
import * as Y from 'yjs';

/** The id of the card whose votes the clients write (a valid id of the JSON format). */
export const EDIT_CARD_ID = 'bench-edit-card';

/*
 * Keys of the votes map must be safe object keys: 1 to 128 characters, never a property name of
 * Object.prototype (the layout refuses `__proto__`, `constructor`...). The clients' keys are a short
 * writer name, a client number and a sequence number (`b3:1207`, `0-12-57`): always safe.
 */

/**
 * The edit card's votes map in `doc`, or null when the doc does not hold it (yet): a client must
 * have synced (or applied the seed) before it writes. Never created here: on Parcours a locally
 * created card would be a different Y.Map under the same key than the server's.
 */
export function editVotes(doc: Y.Doc): Y.Map<number> | null {
  const card = doc.getMap('cards').get(EDIT_CARD_ID);
  const votes = card instanceof Y.Map ? card.get('votes') : undefined;
  return votes instanceof Y.Map ? (votes as Y.Map<number>) : null;
}
