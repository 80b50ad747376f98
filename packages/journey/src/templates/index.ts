import type { Locale, TemplateId } from '../types';
import { type BilingualTemplate, inLocale } from './bilingual';
import { blank } from './blank';
import { blueprint } from './blueprint';
import { lifecycle5 } from './lifecycle5';
import { purchase8 } from './purchase8';
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

/** In the order of the "new board" dialog, blank last. */
const BILINGUAL: readonly BilingualTemplate[] = [purchase8, lifecycle5, blueprint, blank];

/** Each template in each language, made once so that a template is always the same object. */
const BY_LOCALE: Readonly<Record<Locale, readonly Template[]>> = {
  fr: BILINGUAL.map((template) => inLocale(template, 'fr')),
  en: BILINGUAL.map((template) => inLocale(template, 'en')),
};
const ALL = [...BY_LOCALE.fr, ...BY_LOCALE.en];

/** The template's data; `blank` exists in each language and follows the board's locale. */
export function getTemplate(id: TemplateId, locale: Locale): Template {
  const template = BY_LOCALE[locale].find((t) => t.id === id) ?? ALL.find((t) => t.id === id);
  if (!template) throw new RangeError(`Unknown template ${JSON.stringify(id)}`);
  return template;
}

/** The templates to offer on a board in `locale` (for a "new board" dialog), blank last. */
export function listTemplates(locale: Locale): Template[] {
  return [...BY_LOCALE[locale]];
}
