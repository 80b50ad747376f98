import type { CsvTable, SurveyMapping } from '@parcours/journey';

const GUESSES: { target: 'id' | 'text' | 'csat' | 'nps' | 'ces' | 'comment'; pattern: RegExp }[] = [
  { target: 'id', pattern: /^(card|carte|touchpoint|point)?[ _-]?id$/i },
  { target: 'text', pattern: /point de contact|touchpoint|étape|etape|step|interaction/i },
  { target: 'csat', pattern: /csat|satisfaction/i },
  { target: 'nps', pattern: /nps|recommand/i },
  { target: 'ces', pattern: /ces|effort/i },
  { target: 'comment', pattern: /comment|verbatim|remarque|avis/i },
];

/**
 * A first mapping guessed from the header row (French and English names), so that the usual survey
 * export needs no clicks; the user corrects it in the preview step. Scales are guessed from values.
 */
export function guessMapping(table: CsvTable): SurveyMapping | null {
  const header = table.rows[0]?.cells ?? [];
  const find = (target: (typeof GUESSES)[number]['target']) => {
    const guess = GUESSES.find((g) => g.target === target)!;
    const index = header.findIndex((name) => guess.pattern.test(name.trim()));
    return index >= 0 ? index : undefined;
  };
  const id = find('id');
  const text = find('text');
  const touchpoint =
    id !== undefined
      ? { column: id, by: 'id' as const }
      : text !== undefined
        ? { column: text, by: 'text' as const }
        : null;
  if (!touchpoint) return null;
  const values = (column: number) => table.rows.slice(1).map((r) => Number((r.cells[column] ?? '').replace(',', '.')));
  const max = (column: number) => Math.max(...values(column).filter(Number.isFinite), Number.NEGATIVE_INFINITY);
  const min = (column: number) => Math.min(...values(column).filter(Number.isFinite), Number.POSITIVE_INFINITY);
  const csat = find('csat');
  const nps = find('nps');
  const ces = find('ces');
  const comment = find('comment');
  return {
    touchpoint,
    header: true,
    ...(csat !== undefined
      ? { csat: { column: csat, scale: max(csat) <= 5 ? ('1-5' as const) : ('0-100' as const) } }
      : {}),
    ...(nps !== undefined
      ? { nps: { column: nps, scale: min(nps) < 0 || max(nps) > 10 ? ('-100-100' as const) : ('0-10' as const) } }
      : {}),
    ...(ces !== undefined ? { ces: { column: ces } } : {}),
    ...(comment !== undefined ? { comment: { column: comment } } : {}),
  };
}
