import { canLinkTouchpoint, laneOf } from '../blueprint/lanes';
import type { JourneyMapJson } from '../schema';
import type { Lane } from '../types';
import type { FormatIssue } from './errors';

/**
 * The rules a JSON Schema cannot say: ids are unique among records of their kind across the
 * whole map (the board keys records by id), KPI ids within their phase, and every reference
 * points at a record of the same journey that exists.
 */
export function checkReferences(map: JourneyMapJson, maxIssues: number): FormatIssue[] {
  const issues: FormatIssue[] = [];
  const report = (path: string, message: string) => {
    if (issues.length < maxIssues) issues.push({ path, message });
  };
  const seen = {
    personas: new Map<string, string>(),
    journeys: new Map<string, string>(),
    phases: new Map<string, string>(),
    channels: new Map<string, string>(),
    cards: new Map<string, string>(),
    actions: new Map<string, string>(),
  };
  const claim = (kind: keyof typeof seen, id: string, path: string) => {
    const first = seen[kind].get(id);
    if (first !== undefined) report(`${path}.id`, `Duplicate id "${id}", already used by ${first}.`);
    else seen[kind].set(id, path);
  };

  map.personas.forEach((persona, i) => {
    claim('personas', persona.id, `personas[${i}]`);
  });
  map.journeys.forEach((journey, j) => {
    const at = `journeys[${j}]`;
    claim('journeys', journey.id, at);
    if (journey.personaId != null && !seen.personas.has(journey.personaId)) {
      report(`${at}.personaId`, `No persona has the id "${journey.personaId}".`);
    }
    const phaseIds = new Set<string>();
    journey.phases.forEach((phase, p) => {
      claim('phases', phase.id, `${at}.phases[${p}]`);
      phaseIds.add(phase.id);
      const kpiIds = new Set<string>();
      phase.kpis?.forEach((kpi, k) => {
        if (kpiIds.has(kpi.id))
          report(`${at}.phases[${p}].kpis[${k}].id`, `Duplicate KPI id "${kpi.id}" in this phase.`);
        kpiIds.add(kpi.id);
      });
    });
    const channelIds = new Set<string>();
    const lanes = new Map<string, Lane>();
    journey.channels.forEach((channel, c) => {
      claim('channels', channel.id, `${at}.channels[${c}]`);
      channelIds.add(channel.id);
      if (!lanes.has(channel.id)) lanes.set(channel.id, laneOf(channel));
    });
    const kinds = new Map<string, string>();
    journey.cards.forEach((card, c) => {
      claim('cards', card.id, `${at}.cards[${c}]`);
      // The first card with an id wins, as in `claim`, so a duplicate yields one issue, not a cascade.
      if (!kinds.has(card.id)) kinds.set(card.id, card.kind);
    });
    journey.cards.forEach((card, c) => {
      const path = `${at}.cards[${c}]`;
      if ((card.phaseId === null) !== (card.channelId === null)) {
        report(path, 'A card has both phaseId and channelId (placed in a cell) or both null (unplaced).');
      }
      if (card.phaseId !== null && !phaseIds.has(card.phaseId)) {
        report(`${path}.phaseId`, `No phase of this journey has the id "${card.phaseId}".`);
      }
      if (card.channelId !== null && !channelIds.has(card.channelId)) {
        report(`${path}.channelId`, `No channel of this journey has the id "${card.channelId}".`);
      }
      if (card.touchpointId !== undefined) {
        if (!canLinkTouchpoint(card.kind, lanes.get(card.channelId ?? '') ?? 'frontstage')) {
          report(
            `${path}.touchpointId`,
            'Only an irritant, an enchantment or a card of a backstage or support channel refers to a touchpoint.',
          );
        } else if (card.touchpointId === card.id && card.kind === 'touchpoint') {
          report(`${path}.touchpointId`, 'A touchpoint does not refer to itself.');
        } else if (kinds.get(card.touchpointId) !== 'touchpoint') {
          report(`${path}.touchpointId`, `No touchpoint of this journey has the id "${card.touchpointId}".`);
        }
      }
    });
    journey.actions.forEach((action, a) => {
      claim('actions', action.id, `${at}.actions[${a}]`);
      const listed = new Set<string>();
      action.cardIds.forEach((cardId, k) => {
        if (!kinds.has(cardId))
          report(`${at}.actions[${a}].cardIds[${k}]`, `No card of this journey has the id "${cardId}".`);
        else if (listed.has(cardId))
          report(`${at}.actions[${a}].cardIds[${k}]`, `The card "${cardId}" is listed twice.`);
        listed.add(cardId);
      });
    });
  });
  checkCommentReferences(map, report);
  return issues;
}

/** Comment ids are unique; a reply names a thread of the file; a thread has an anchor and a reply none. */
function checkCommentReferences(map: JourneyMapJson, report: (path: string, message: string) => void): void {
  const threads = new Set<string>();
  const ids = new Set<string>();
  map.comments?.forEach((comment, i) => {
    if (ids.has(comment.id)) report(`comments[${i}].id`, `Duplicate id "${comment.id}".`);
    ids.add(comment.id);
    if (comment.thread === undefined) {
      threads.add(comment.id);
      if (comment.anchor === undefined)
        report(`comments[${i}].anchor`, 'A thread (a comment without "thread") has an anchor.');
    } else if (comment.anchor !== undefined) report(`comments[${i}].anchor`, 'A reply has no anchor of its own.');
  });
  map.comments?.forEach((comment, i) => {
    if (comment.thread !== undefined && !threads.has(comment.thread))
      report(`comments[${i}].thread`, `No thread has the id "${comment.thread}".`);
  });
}
