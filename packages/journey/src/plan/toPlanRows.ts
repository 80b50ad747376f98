import { sortByOrder } from '../order';
import { type Quadrant, quadrantOf } from '../read/derive/quickWins';
import type { ActionStatus, CardKind, Snapshot } from '../types';

/** One line of the action plan table, everything resolved to names. */
export interface PlanRow {
  readonly actionId: string;
  readonly title: string;
  readonly cards: readonly { readonly id: string; readonly kind: CardKind; readonly text: string }[];
  /** Names of the phases and channels of the linked cards, unique, in journey order. */
  readonly phases: readonly string[];
  readonly channels: readonly string[];
  /** Departments (service) noted on the linked cards, unique, in card order. */
  readonly departments: readonly string[];
  readonly impact: number;
  readonly effort: number;
  readonly quadrant: Quadrant;
  readonly owner: string;
  /** YYYY-MM-DD or ''. */
  readonly due: string;
  readonly status: ActionStatus;
}

/** The action plan of a journey as table rows, in the plan's order. */
export function toPlanRows(snapshot: Snapshot, journeyId: string): PlanRow[] {
  const phases = sortByOrder(Object.values(snapshot.phases).filter((p) => p.journeyId === journeyId));
  const channels = sortByOrder(Object.values(snapshot.channels).filter((c) => c.journeyId === journeyId));
  const actions = sortByOrder(Object.values(snapshot.actions).filter((a) => a.journeyId === journeyId));
  return actions.map((action) => {
    const cards = action.cardIds.map((id) => snapshot.cards[id]).filter((c) => c !== undefined);
    const phaseIds = new Set(cards.map((c) => c.phaseId));
    const channelIds = new Set(cards.map((c) => c.channelId));
    const departments = [...new Set(cards.map((c) => c.department?.trim() ?? '').filter((d) => d !== ''))];
    return {
      actionId: action.id,
      title: action.title,
      cards: cards.map((c) => ({ id: c.id, kind: c.kind, text: c.text })),
      phases: phases.filter((p) => phaseIds.has(p.id)).map((p) => p.name),
      channels: channels.filter((c) => channelIds.has(c.id)).map((c) => c.name),
      departments,
      impact: action.impact,
      effort: action.effort,
      quadrant: quadrantOf(action),
      owner: action.owner ?? '',
      due: action.due ?? '',
      status: action.status,
    };
  });
}
