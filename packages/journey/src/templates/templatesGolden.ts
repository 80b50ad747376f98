import { toJson } from '../format/toJson';
import type { Locale } from '../types';
import { createBoardDoc } from './createBoardDoc';
import { listTemplates } from './index';

const LOCALES: readonly Locale[] = ['fr', 'en'];

/** Ids are random: each one becomes `#n`, n its rank of first appearance, so two builds compare equal. */
function withStableIds(value: unknown): unknown {
  const ids = new Map<string, string>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      for (const [key, field] of Object.entries(v)) {
        if (key === 'id' && typeof field === 'string' && !ids.has(field)) ids.set(field, `#${ids.size + 1}`);
        collect(field);
      }
    }
  };
  collect(value);
  const rename = (v: unknown): unknown => {
    if (typeof v === 'string') return ids.get(v) ?? v;
    if (Array.isArray(v)) return v.map(rename);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, f]) => [k, rename(f)]));
    return v;
  };
  return rename(value);
}

/** What the templates offer in each language (the "new board" dialog) and the boards they build. */
export function templatesGolden(): unknown {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      listTemplates(locale).map((template) => ({
        template,
        board: withStableIds(toJson(createBoardDoc({ locale, template: template.id }))),
      })),
    ]),
  );
}
