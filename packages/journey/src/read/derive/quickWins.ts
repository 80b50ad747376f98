import { compareOrder } from '../../order';
import type { Action } from '../../types';

export type Quadrant = 'quick-win' | 'major-project' | 'fill-in' | 'thankless';

/** High impact is 4-5, low effort is 1-2 (scales of 1 to 5), the thresholds that make a quick win. */
export function quadrantOf(action: Pick<Action, 'impact' | 'effort'>): Quadrant {
  const high = action.impact >= 4;
  const easy = action.effort <= 2;
  if (high && easy) return 'quick-win';
  if (high) return 'major-project';
  if (easy) return 'fill-in';
  return 'thankless';
}

/** Best value first: impact/effort, then impact, then the plan's own order. */
export function compareValue(a: Action, b: Action): number {
  return b.impact / b.effort - a.impact / a.effort || b.impact - a.impact || compareOrder(a, b);
}

/** Quick wins (impact >= 4 and effort <= 2), ranked by impact/effort. Done actions are left out. */
export function quickWins(actions: readonly Action[]): Action[] {
  return actions.filter((a) => a.status !== 'done' && quadrantOf(a) === 'quick-win').sort(compareValue);
}

/** The whole plan ranked: quick wins first, then by impact/effort. */
export function rankActions(actions: readonly Action[]): Action[] {
  return [...actions].sort(
    (a, b) => Number(quadrantOf(b) === 'quick-win') - Number(quadrantOf(a) === 'quick-win') || compareValue(a, b),
  );
}
