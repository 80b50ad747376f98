import type { DiffSummary } from '@parcours/journey';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/formatNumber';

/**
 * A version's changes in the journey's terms, as short phrases in the reader's language:
 * "+4 irritants in Reception", "emotion of Evaluation −0.8", "3 actions done", "phase Loyalty
 * renamed Retention". Most telling first: phases, irritants, emotion, actions, then card counts.
 */
export function summaryPhrases(summary: DiffSummary, t: TFunction<'history'>, language: string): string[] {
  const phrases: string[] = [];
  const where = (name: string | null) => (name === null ? t('summary.tray') : name);
  for (const phase of summary.phasesRemoved)
    phrases.push(t('summary.phaseRemoved', { name: phase.name, count: phase.cards }));
  for (const phase of summary.phasesAdded) phrases.push(t('summary.phaseAdded', { name: phase.name }));
  for (const rename of summary.phasesRenamed)
    phrases.push(t('summary.phaseRenamed', { from: rename.from, to: rename.to }));
  for (const entry of summary.irritantsAdded)
    phrases.push(t('summary.irritantsAdded', { count: entry.count, phase: where(entry.phaseName) }));
  for (const entry of summary.irritantsRemoved)
    phrases.push(t('summary.irritantsRemoved', { count: entry.count, phase: where(entry.phaseName) }));
  for (const change of summary.emotion) {
    if (change.before === null || change.after === null) continue;
    const delta = formatNumber(change.after - change.before, language, { sign: true });
    phrases.push(t('summary.emotion', { phase: change.phaseName, delta: delta.replace('-', '−') }));
  }
  if (summary.actionsDone > 0) phrases.push(t('summary.actionsDone', { count: summary.actionsDone }));
  if (summary.actionsAdded > 0) phrases.push(t('summary.actionsAdded', { count: summary.actionsAdded }));
  if (summary.cardsAdded > 0) phrases.push(t('summary.cardsAdded', { count: summary.cardsAdded }));
  if (summary.cardsRemoved > 0) phrases.push(t('summary.cardsRemoved', { count: summary.cardsRemoved }));
  if (summary.cardsMoved > 0) phrases.push(t('summary.cardsMoved', { count: summary.cardsMoved }));
  if (summary.cardsEdited > 0) phrases.push(t('summary.cardsEdited', { count: summary.cardsEdited }));
  if (summary.titleChanged) phrases.push(t('summary.titleChanged'));
  return phrases;
}

/** One line for the timeline: the first phrases, "…" when there are more. */
export function summaryLine(summary: DiffSummary | null, t: TFunction<'history'>, language: string): string {
  if (summary === null) return t('summary.first');
  const phrases = summaryPhrases(summary, t, language);
  if (phrases.length === 0) return t('summary.none');
  return phrases.length > 3 ? `${phrases.slice(0, 3).join(' · ')} …` : phrases.join(' · ');
}
