import type * as Y from 'yjs';
import { addAction } from '../commands/actions';
import { transact } from '../commands/transact';
import { cardText, recordOf } from '../doc';

/** The longest title an action takes (commands/actions.ts). */
const MAX_TITLE = 2_000;

/**
 * Turns cards (an irritant, or a selection) into an action of the plan linked to them, in one step.
 * Without a title, the action is named after the first irritant of the selection (else its first
 * card), so the plan reads as the list of problems to fix until someone rewords it. Cards that are
 * gone or belong to another journey are left out. Returns the new action's id.
 */
export function createActionFromCards(
  doc: Y.Doc,
  input: { journeyId: string; cardIds: readonly string[]; title?: string },
): string {
  return transact(doc, () => {
    const cards = [...new Set(input.cardIds)]
      .map((id) => ({ id, record: recordOf(doc, 'cards', id) }))
      .filter(({ record }) => record?.get('journeyId') === input.journeyId);
    const named = cards.find(({ record }) => record?.get('kind') === 'irritant') ?? cards[0];
    const fallback = named?.record ? (cardText(named.record)?.toString() ?? '') : '';
    const title = (input.title ?? firstLine(fallback)).slice(0, MAX_TITLE);
    return addAction(doc, { journeyId: input.journeyId, title, cardIds: cards.map(({ id }) => id) });
  });
}

/**
 * One action per card, each linked to its card and named after it (the facilitator's other choice
 * when several irritants are selected: one fix each), all in one step. Cards that are gone or
 * belong to another journey are left out. Returns the new actions' ids in selection order.
 */
export function createActionsPerCard(doc: Y.Doc, input: { journeyId: string; cardIds: readonly string[] }): string[] {
  return transact(doc, () => {
    const ids: string[] = [];
    for (const cardId of new Set(input.cardIds)) {
      const record = recordOf(doc, 'cards', cardId);
      if (record?.get('journeyId') !== input.journeyId) continue;
      const title = firstLine(cardText(record)?.toString() ?? '').slice(0, MAX_TITLE);
      ids.push(addAction(doc, { journeyId: input.journeyId, title, cardIds: [cardId] }));
    }
    return ids;
  });
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/, 1)[0]!.trim();
}
