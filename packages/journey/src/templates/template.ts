import type { CardKind, Emotion, Lane, Locale, Severity, TemplateId } from '../types';

/** A card of a template, placed by indexes into the template's phases and channels. */
export interface TemplateCard {
  readonly kind: CardKind;
  readonly phase: number;
  readonly channel: number;
  readonly text: string;
  readonly emotion?: Emotion;
  readonly keyMoment?: boolean;
  readonly severity?: Severity;
  /** Index, in `cards`, of the touchpoint an irritant or enchantment is about (or a backstage or support card serves). */
  readonly touchpoint?: number;
}

export interface TemplateKpi {
  readonly name: string;
  readonly unit?: string;
}

/**
 * A starting board, as data. Ids are not part of it: createBoardDoc gives every record a fresh
 * one, so two boards made from one template never share ids.
 */
export interface Template {
  readonly id: TemplateId;
  /** The language of its texts. */
  readonly locale: Locale;
  /** Shown in the "new board" dialog. */
  readonly name: string;
  readonly description: string;
  /** The board title when the user gives none. */
  readonly title: string;
  readonly persona: { readonly name: string; readonly description: string };
  readonly journey: { readonly title: string };
  readonly phases: readonly { readonly name: string; readonly kpis?: readonly TemplateKpi[] }[];
  /** A name (a frontstage channel), or a name and its service-blueprint lane. */
  readonly channels: readonly (string | { readonly name: string; readonly lane: Lane })[];
  readonly cards: readonly TemplateCard[];
}
