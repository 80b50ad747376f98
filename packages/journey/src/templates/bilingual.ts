import type { Lane, Locale, TemplateId } from '../types';
import type { Template, TemplateCard } from './template';

/** Words in both languages; a plain string reads the same in both (a unit such as `%`). */
export type Words = string | Readonly<Record<Locale, string>>;

/**
 * A template written once with its words in both languages, so that its French and English boards
 * cannot drift apart: same phases, channels, cards and links, only the words change.
 */
export interface BilingualTemplate {
  readonly ids: Readonly<Record<Locale, TemplateId>>;
  readonly name: Words;
  readonly description: Words;
  readonly title: Words;
  readonly persona: { readonly name: Words; readonly description: Words };
  readonly journey: { readonly title: Words };
  readonly phases: readonly {
    readonly name: Words;
    readonly kpis?: readonly { readonly name: Words; readonly unit?: Words }[];
  }[];
  readonly channels: readonly (Words | { readonly name: Words; readonly lane: Lane })[];
  readonly cards: readonly (Omit<TemplateCard, 'text'> & { readonly text: Words })[];
}

/** The template in one language. */
export function inLocale(template: BilingualTemplate, locale: Locale): Template {
  const say = (words: Words): string => (typeof words === 'string' ? words : words[locale]);
  return {
    id: template.ids[locale],
    locale,
    name: say(template.name),
    description: say(template.description),
    title: say(template.title),
    persona: { name: say(template.persona.name), description: say(template.persona.description) },
    journey: { title: say(template.journey.title) },
    phases: template.phases.map((phase) => ({
      name: say(phase.name),
      ...(phase.kpis && {
        kpis: phase.kpis.map((kpi) => ({
          name: say(kpi.name),
          ...(kpi.unit !== undefined && { unit: say(kpi.unit) }),
        })),
      }),
    })),
    channels: template.channels.map((channel) =>
      typeof channel === 'object' && 'lane' in channel ? { name: say(channel.name), lane: channel.lane } : say(channel),
    ),
    cards: template.cards.map((card) => ({ ...card, text: say(card.text) })),
  };
}
