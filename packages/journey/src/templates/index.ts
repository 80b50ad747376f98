import type { Locale, TemplateId } from '../types';
import { BLANK_TEMPLATES } from './blank';
import { enBlueprint } from './en-blueprint';
import { enLifecycle5 } from './en-lifecycle-5';
import { enPurchase8 } from './en-purchase-8';
import { frBlueprint } from './fr-blueprint';
import { frLifecycle5 } from './fr-lifecycle-5';
import { frPurchase8 } from './fr-purchase-8';
import type { Template } from './template';

export type { Template, TemplateCard, TemplateKpi } from './template';

export const TEMPLATE_IDS: readonly TemplateId[] = [
  'fr-purchase-8',
  'en-purchase-8',
  'fr-lifecycle-5',
  'en-lifecycle-5',
  'fr-blueprint',
  'en-blueprint',
  'blank',
];

const BY_ID: Readonly<Record<Exclude<TemplateId, 'blank'>, Template>> = {
  'fr-purchase-8': frPurchase8,
  'en-purchase-8': enPurchase8,
  'fr-lifecycle-5': frLifecycle5,
  'en-lifecycle-5': enLifecycle5,
  'fr-blueprint': frBlueprint,
  'en-blueprint': enBlueprint,
};

/** The template's data; `blank` exists in each language and follows the board's locale. */
export function getTemplate(id: TemplateId, locale: Locale): Template {
  if (id === 'blank') return BLANK_TEMPLATES[locale];
  const template = BY_ID[id];
  if (!template) throw new RangeError(`Unknown template ${JSON.stringify(id)}`);
  return template;
}

/** The templates to offer on a board in `locale` (for a "new board" dialog), blank last. */
export function listTemplates(locale: Locale): Template[] {
  return [...Object.values(BY_ID).filter((t) => t.locale === locale), BLANK_TEMPLATES[locale]];
}
