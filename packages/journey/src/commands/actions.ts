import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { actionCardIds, insertRecord, recordOf, rootMap, setField } from '../doc';
import { safeParseInput } from '../facilitation/input';
import { newId } from '../ids';
import { orderBefore } from '../order';
import { moveRecord, siblingsOf } from './siblings';
import { transact } from './transact';

const score = z.int().check(z.minimum(1), z.maximum(5));
const actionPatchSchema = z.strictObject({
  title: z.optional(z.string().check(z.maxLength(2_000))),
  impact: z.optional(score),
  effort: z.optional(score),
  owner: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  // A real calendar date (2026-02-30 is refused), so exports always import again.
  due: z.optional(z.nullable(z.iso.date())),
  status: z.optional(z.enum(['todo', 'doing', 'done'])),
});

export type ActionPatch = z.input<typeof actionPatchSchema>;

function toActionPatch(input: unknown) {
  const parsed = safeParseInput(actionPatchSchema, input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RangeError(`Invalid action field ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** A new action of the plan, linked to the given cards (typically irritants); impact and effort default to 3. */
export function addAction(
  doc: Y.Doc,
  input: ActionPatch & { journeyId: string; cardIds?: readonly string[]; id?: string; before?: string | null },
): string {
  const { journeyId, cardIds = [], id = newId(), before, ...rest } = input;
  const patch = toActionPatch(rest);
  transact(doc, () => {
    if (!recordOf(doc, 'journeys', journeyId)) return;
    const order = orderBefore(siblingsOf(doc, 'actions', journeyId), before);
    const record = insertRecord(doc, 'actions', id, {
      journeyId,
      title: '',
      impact: 3,
      effort: 3,
      status: 'todo',
      order,
      cardIds: [...new Set(cardIds)],
    });
    for (const [key, value] of Object.entries(patch)) setField(record, key, value);
  });
  return id;
}

export function updateAction(doc: Y.Doc, input: ActionPatch & { actionId: string }): void {
  const { actionId, ...rest } = input;
  const patch = toActionPatch(rest);
  transact(doc, () => {
    const action = recordOf(doc, 'actions', actionId);
    if (!action) return;
    for (const [key, value] of Object.entries(patch)) setField(action, key, value);
  });
}

export function moveAction(doc: Y.Doc, input: { actionId: string; before?: string | null }): void {
  moveRecord(doc, 'actions', input.actionId, input.before);
}

export function removeAction(doc: Y.Doc, input: { actionId: string }): void {
  transact(doc, () => {
    rootMap(doc, 'actions').delete(input.actionId);
  });
}

export function linkCard(doc: Y.Doc, input: { actionId: string; cardId: string }): void {
  transact(doc, () => {
    const action = recordOf(doc, 'actions', input.actionId);
    const ids = action && actionCardIds(action);
    if (ids && !ids.toArray().includes(input.cardId)) ids.push([input.cardId]);
  });
}

export function unlinkCard(doc: Y.Doc, input: { actionId: string; cardId: string }): void {
  transact(doc, () => {
    const action = recordOf(doc, 'actions', input.actionId);
    const ids = action && actionCardIds(action);
    if (!ids) return;
    // Delete from the end so indexes stay valid when a concurrent link added the same id twice.
    const all = ids.toArray();
    for (let i = all.length - 1; i >= 0; i--) if (all[i] === input.cardId) ids.delete(i, 1);
  });
}
