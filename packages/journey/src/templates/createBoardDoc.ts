import * as Y from 'yjs';
import { writeJourneyMap } from '../format/fromJson';
import { newId } from '../ids';
import type { CardJson, JourneyMapJson } from '../schema';
import type { Locale, TemplateId } from '../types';
import { getTemplate } from './index';
import type { Template } from './template';

export interface NewBoard {
  /** Blank or whitespace: the template's title. */
  readonly title?: string;
  readonly locale: Locale;
  readonly template: TemplateId;
}

/**
 * A new board doc from a template, with fresh ids, stamped with the current schema version.
 * Written with the system origin: the starting content is not an undo step of its creator.
 */
export function createBoardDoc(input: NewBoard): Y.Doc {
  const doc = new Y.Doc();
  writeJourneyMap(doc, toTemplateMap(getTemplate(input.template, input.locale), input));
  return doc;
}

/** The template as a journey map (format v1) with new ids. */
export function toTemplateMap(template: Template, input: NewBoard): JourneyMapJson {
  const personaId = newId();
  const phaseIds = template.phases.map(() => newId());
  const channelIds = template.channels.map(() => newId());
  const cardIds = template.cards.map(() => newId());
  const cards: CardJson[] = template.cards.map((card, i) => ({
    id: cardIds[i]!,
    kind: card.kind,
    phaseId: phaseIds[card.phase]!,
    channelId: channelIds[card.channel]!,
    text: card.text,
    ...(card.keyMoment === undefined ? {} : { keyMoment: card.keyMoment }),
    ...(card.emotion === undefined ? {} : { emotion: card.emotion }),
    ...(card.severity === undefined ? {} : { severity: card.severity }),
    ...(card.touchpoint === undefined ? {} : { touchpointId: cardIds[card.touchpoint]! }),
  }));
  return {
    format: 'parcours/journey-map',
    version: 1,
    title: input.title?.trim() || template.title,
    locale: input.locale,
    personas: [{ id: personaId, name: template.persona.name, description: template.persona.description }],
    journeys: [
      {
        id: newId(),
        title: template.journey.title,
        personaId,
        stage: 'as-is',
        phases: template.phases.map((phase, i) => ({
          id: phaseIds[i]!,
          name: phase.name,
          ...(phase.kpis?.length
            ? {
                kpis: phase.kpis.map((kpi) => ({
                  id: newId(),
                  name: kpi.name,
                  ...(kpi.unit ? { unit: kpi.unit } : {}),
                })),
              }
            : {}),
        })),
        channels: template.channels.map((channel, i) =>
          typeof channel === 'string'
            ? { id: channelIds[i]!, name: channel }
            : { id: channelIds[i]!, name: channel.name, lane: channel.lane },
        ),
        cards,
        actions: [],
      },
    ],
  };
}
