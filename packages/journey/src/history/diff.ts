/**
 * What changed between two versions of a board, from their snapshots: which cards were added,
 * removed, moved or edited (for highlighting on the canvas), and a summary in the journey's terms
 * (irritants per phase, the emotion of each phase, actions done, phases added, renamed, removed).
 *
 * Data, not sentences: the web app words it in the reader's language. Records are matched by id,
 * so both snapshots must come from the same board (a version and now, or two versions).
 */
import { emotionCurve } from '../read/derive/emotionCurve';
import { orderedJourneys, toJourneyView } from '../read/journeyView';
import type { Card, Snapshot } from '../types';
import type {
  BoardDiff,
  CardChanges,
  DiffSummary,
  EmotionChange,
  PhaseCount,
  PhaseRef,
  PhaseRename,
} from './diffSchema';

export type { BoardDiff, CardChanges, DiffSummary, EmotionChange, PhaseCount, PhaseRef, PhaseRename };

/** Smaller emotion changes are rounding, not a change anyone would read as one. */
const EMOTION_EPSILON = 0.05;

/** What changed from `before` to `after` (two snapshots of the same board). */
export function diffBoards(before: Snapshot, after: Snapshot): BoardDiff {
  const cards = cardChanges(before, after);
  const irritantsAdded = countByPhase(
    after,
    Object.values(after.cards).filter((c) => c.kind === 'irritant' && before.cards[c.id]?.kind !== 'irritant'),
  );
  const irritantsRemoved = countByPhase(
    before,
    Object.values(before.cards).filter((c) => c.kind === 'irritant' && after.cards[c.id]?.kind !== 'irritant'),
  );
  let actionsDone = 0;
  let actionsAdded = 0;
  for (const action of Object.values(after.actions)) {
    const was = before.actions[action.id];
    if (!was) actionsAdded++;
    if (action.status === 'done' && was?.status !== 'done') actionsDone++;
  }
  const actionsRemoved = Object.keys(before.actions).filter((id) => !after.actions[id]).length;
  const phasesAdded: PhaseRef[] = [];
  const phasesRemoved: PhaseRef[] = [];
  const phasesRenamed: PhaseRename[] = [];
  for (const phase of Object.values(after.phases)) {
    const was = before.phases[phase.id];
    if (!was) phasesAdded.push(phaseRef(after, phase.id));
    else if (was.name !== phase.name)
      phasesRenamed.push({ journeyId: phase.journeyId, phaseId: phase.id, from: was.name, to: phase.name });
  }
  for (const phase of Object.values(before.phases))
    if (!after.phases[phase.id]) phasesRemoved.push(phaseRef(before, phase.id));
  return {
    cards,
    summary: {
      cardsAdded: cards.added.length,
      cardsRemoved: cards.removed.length,
      cardsMoved: cards.moved.length,
      cardsEdited: cards.edited.length,
      irritantsAdded,
      irritantsRemoved,
      emotion: emotionChanges(before, after),
      actionsDone,
      actionsAdded,
      actionsRemoved,
      phasesAdded: inPhaseOrder(after, phasesAdded),
      phasesRemoved: inPhaseOrder(before, phasesRemoved),
      phasesRenamed: inPhaseOrder(after, phasesRenamed),
      titleChanged: before.board.title !== after.board.title,
    },
  };
}

/** True when the summary holds no change at all. */
export function isEmptyDiff(summary: DiffSummary): boolean {
  return (
    summary.cardsAdded + summary.cardsRemoved + summary.cardsMoved + summary.cardsEdited === 0 &&
    summary.actionsAdded + summary.actionsRemoved + summary.actionsDone === 0 &&
    summary.phasesAdded.length + summary.phasesRemoved.length + summary.phasesRenamed.length === 0 &&
    summary.emotion.length === 0 &&
    !summary.titleChanged
  );
}

function cardChanges(before: Snapshot, after: Snapshot): CardChanges {
  const added: string[] = [];
  const removed: string[] = [];
  const moved: string[] = [];
  const edited: string[] = [];
  for (const [id, card] of Object.entries(after.cards)) {
    const was = before.cards[id];
    if (!was) {
      added.push(id);
      continue;
    }
    if (was === card) continue; // structurally shared: unchanged
    if (was.phaseId !== card.phaseId || was.channelId !== card.channelId || was.order !== card.order) moved.push(id);
    if (!sameContent(was, card)) edited.push(id);
  }
  for (const id of Object.keys(before.cards)) if (!after.cards[id]) removed.push(id);
  return { added, removed, moved, edited };
}

const PLACE_KEYS = new Set(['phaseId', 'channelId', 'order']);

/** Same content apart from the card's place (a shallow walk: no serialising 5,000 cards twice). */
function sameContent(a: Card, b: Card): boolean {
  const keysA = Object.keys(a) as (keyof Card)[];
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (PLACE_KEYS.has(key)) continue;
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (!sameEntries(x as Record<string, unknown>, y as Record<string, unknown>)) return false;
  }
  return true;
}

/** Arrays (feedback) and maps (ratings, votes) of plain values. */
function sameEntries(x: Record<string, unknown>, y: Record<string, unknown>): boolean {
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) if (x[key] !== y[key] || !Object.hasOwn(y, key)) return false;
  return true;
}

function countByPhase(snapshot: Snapshot, cards: readonly Card[]): PhaseCount[] {
  const counts = new Map<string, PhaseCount>();
  for (const card of cards) {
    const key = `${card.journeyId}\u0000${card.phaseId ?? ''}`;
    const current = counts.get(key);
    counts.set(key, {
      journeyId: card.journeyId,
      phaseId: card.phaseId,
      phaseName: card.phaseId === null ? null : (snapshot.phases[card.phaseId]?.name ?? null),
      count: (current?.count ?? 0) + 1,
    });
  }
  return inPhaseOrder(snapshot, [...counts.values()]);
}

function phaseRef(snapshot: Snapshot, phaseId: string): PhaseRef {
  const phase = snapshot.phases[phaseId]!;
  let cards = 0;
  for (const card of Object.values(snapshot.cards)) if (card.phaseId === phaseId) cards++;
  return { journeyId: phase.journeyId, phaseId, name: phase.name, cards };
}

function emotionChanges(before: Snapshot, after: Snapshot): EmotionChange[] {
  const changes: EmotionChange[] = [];
  for (const journey of orderedJourneys(after)) {
    const oldView = toJourneyView(before, journey.id);
    const newView = toJourneyView(after, journey.id);
    if (!oldView || !newView) continue;
    const was = new Map(emotionCurve(oldView).map((point) => [point.phaseId, point.value]));
    for (const point of emotionCurve(newView)) {
      if (!was.has(point.phaseId)) continue;
      const previous = was.get(point.phaseId) ?? null;
      const changed =
        (previous === null) !== (point.value === null) ||
        (previous !== null && point.value !== null && Math.abs(point.value - previous) >= EMOTION_EPSILON);
      if (changed)
        changes.push({
          journeyId: journey.id,
          phaseId: point.phaseId,
          phaseName: after.phases[point.phaseId]!.name,
          before: previous,
          after: point.value,
        });
    }
  }
  return changes;
}

/** Sorts entries by their journey then phase order in `snapshot` (the tray last). */
function inPhaseOrder<T extends { journeyId: string; phaseId: string | null }>(snapshot: Snapshot, list: T[]): T[] {
  const key = (entry: T) => {
    const journey = snapshot.journeys[entry.journeyId]?.order ?? '';
    const phase = entry.phaseId === null ? '\uffff' : (snapshot.phases[entry.phaseId]?.order ?? '');
    return `${journey}\u0000${phase}\u0000${entry.phaseId ?? ''}`;
  };
  return list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
