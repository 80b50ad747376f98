import type * as Y from 'yjs';
import * as z from 'zod/mini';
import { transact } from '../commands/transact';
import { writeSession } from '../session';
import { parseInput } from './input';

/**
 * Record kinds frozen by the structure lock. KPIs live inside phase records but are figures, not
 * structure: they stay editable (see forbiddenChanges.ts).
 */
export const STRUCTURE_KINDS = ['personas', 'journeys', 'phases', 'channels'] as const;

const lockInput = z.strictObject({ locked: z.boolean() });

/** Facilitator: freezes (or frees) the grid, so participants add and edit cards without moving the frame. */
export function lockStructure(doc: Y.Doc, input: { locked: boolean }): void {
  const { locked } = parseInput(lockInput, input, 'lockStructure');
  transact(doc, () => writeSession(doc, 'structureLocked', locked || null));
}
