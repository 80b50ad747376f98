/**
 * The mapping step of a survey import: which column names the touchpoint and which hold the
 * figures, then what each touchpoint would get and which rows cannot be used, with their line
 * numbers, before anything is written (applySurvey).
 */
import * as z from 'zod/mini';
import { safeParseInput } from '../facilitation/input';
import { groupBy } from '../groupBy';
import type { Card, Snapshot } from '../types';
import { csatOf, meanOf, npsOf, toNumber } from './metrics';
import type { CsvRow, CsvTable } from './parseCsv';

const column = z.int().check(z.minimum(0));

export const surveyMappingSchema = z.strictObject({
  /** The column naming the touchpoint: its card id, or its text (matched ignoring case, accents and spaces). */
  touchpoint: z.strictObject({ column, by: z.enum(['id', 'text']) }),
  /** '1-5': one answer per row, CSAT = % of 4-5; '0-100': a score already computed, averaged. */
  csat: z.optional(z.strictObject({ column, scale: z.enum(['1-5', '0-100']) })),
  /** '0-10': one answer per row, NPS = % promoters - % detractors; '-100-100': an NPS already computed, averaged. */
  nps: z.optional(z.strictObject({ column, scale: z.enum(['0-10', '-100-100']) })),
  /** Answers on 1-7, averaged. */
  ces: z.optional(z.strictObject({ column })),
  comment: z.optional(z.strictObject({ column })),
  /** Whether the first row holds the column names; default true. */
  header: z.optional(z.boolean()),
  /** Match touchpoints of this journey only; default: every journey. */
  journeyId: z.optional(z.string()),
});

export type SurveyMapping = z.input<typeof surveyMappingSchema>;

export type SurveyIssueKind =
  | 'no-touchpoint'
  | 'unknown-id'
  | 'not-a-touchpoint'
  | 'unknown-text'
  | 'ambiguous-text'
  | 'not-a-number'
  | 'out-of-range';

/**
 * A row or cell left out, as a code with its parameters and no sentence: the UI words it in its
 * own language (a French board must not show English lines).
 */
export interface SurveyIssue {
  /** The file's line. */
  readonly line: number;
  readonly kind: SurveyIssueKind;
  /** The column at fault, when one is. */
  readonly column?: number;
  readonly value: string;
  /** not-a-number, out-of-range: the figure at fault. */
  readonly metric?: Metric;
  /** out-of-range: the accepted range. */
  readonly min?: number;
  readonly max?: number;
  /** ambiguous-text: how many touchpoints have that name. */
  readonly count?: number;
}

export interface SurveyMatch {
  readonly cardId: string;
  readonly text: string;
  /** Lines of the rows that matched this touchpoint. */
  readonly lines: readonly number[];
  readonly csat?: number;
  readonly nps?: number;
  readonly ces?: number;
  /** Valid answers behind each figure. */
  readonly responses: { readonly csat: number; readonly nps: number; readonly ces: number };
  readonly comments: readonly string[];
}

export interface SurveyPreview {
  /** One entry per touchpoint that got at least one row, in the order first met in the file. */
  readonly matches: readonly SurveyMatch[];
  /** Rows (or cells) left out, in file order. A row with a bad cell still gives its other values. */
  readonly issues: readonly SurveyIssue[];
  readonly rowCount: number;
  readonly matchedRowCount: number;
  /** Whether the mapping has a comment column: then applying replaces the touchpoints' survey comments. */
  readonly withComments: boolean;
}

export type SurveyMetric = 'csat' | 'nps' | 'ces';
type Metric = SurveyMetric;

const RANGES: Record<string, [number, number]> = {
  '1-5': [1, 5],
  '0-100': [0, 100],
  '0-10': [0, 10],
  '-100-100': [-100, 100],
  ces: [1, 7],
};

/** Lower case, no accents, single spaces: how people retype a touchpoint's name. */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function previewSurvey(
  snapshot: Snapshot,
  table: CsvTable | readonly CsvRow[],
  mapping: SurveyMapping,
): SurveyPreview {
  const parsed = safeParseInput(surveyMappingSchema, mapping);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RangeError(`previewSurvey: invalid mapping ${issue.path.join('.')}: ${issue.message}`);
  }
  const map = parsed.data;
  const allRows = 'rows' in table ? table.rows : table;
  const rows = map.header === false ? allRows : allRows.slice(1);
  const touchpoints = Object.values(snapshot.cards).filter(
    (c) => c.kind === 'touchpoint' && (map.journeyId === undefined || c.journeyId === map.journeyId),
  );
  const byText = groupBy(touchpoints, (card) => normalizeText(card.text));
  const issues: SurveyIssue[] = [];
  const groups = new Map<
    string,
    { card: Card; lines: number[]; values: Record<Metric, number[]>; comments: string[] }
  >();
  const metrics: { metric: Metric; column: number; range: [number, number]; integer: boolean }[] = [];
  if (map.csat)
    metrics.push({ metric: 'csat', column: map.csat.column, range: RANGES[map.csat.scale]!, integer: false });
  if (map.nps)
    metrics.push({
      metric: 'nps',
      column: map.nps.column,
      range: RANGES[map.nps.scale]!,
      integer: map.nps.scale === '0-10',
    });
  if (map.ces) metrics.push({ metric: 'ces', column: map.ces.column, range: RANGES.ces!, integer: false });
  let matchedRowCount = 0;
  for (const row of rows) {
    const key = (row.cells[map.touchpoint.column] ?? '').trim();
    const issue = (kind: SurveyIssueKind, value: string, col: number, details: Partial<SurveyIssue> = {}) =>
      issues.push({ line: row.line, kind, value, column: col, ...details });
    if (key === '') {
      issue('no-touchpoint', key, map.touchpoint.column);
      continue;
    }
    let card: Card | undefined;
    if (map.touchpoint.by === 'id') {
      const found = snapshot.cards[key];
      if (!found) issue('unknown-id', key, map.touchpoint.column);
      else if (!touchpoints.includes(found)) issue('not-a-touchpoint', key, map.touchpoint.column);
      else card = found;
    } else {
      const found = byText.get(normalizeText(key)) ?? [];
      if (found.length === 0) issue('unknown-text', key, map.touchpoint.column);
      else if (found.length > 1) issue('ambiguous-text', key, map.touchpoint.column, { count: found.length });
      else card = found[0];
    }
    if (!card) continue;
    matchedRowCount++;
    let group = groups.get(card.id);
    if (!group) {
      group = { card, lines: [], values: { csat: [], nps: [], ces: [] }, comments: [] };
      groups.set(card.id, group);
    }
    group.lines.push(row.line);
    for (const { metric, column: col, range, integer } of metrics) {
      const cell = (row.cells[col] ?? '').trim();
      if (cell === '') continue; // not answered: not an error
      const value = toNumber(cell);
      if (value === null) issue('not-a-number', cell, col, { metric });
      else if (value < range[0] || value > range[1] || (integer && !Number.isInteger(value)))
        issue('out-of-range', cell, col, { metric, min: range[0], max: range[1] });
      else group.values[metric].push(value);
    }
    const comment = map.comment ? (row.cells[map.comment.column] ?? '').trim() : '';
    if (comment) group.comments.push(comment);
  }
  const matches = [...groups.values()].map(({ card, lines, values, comments }): SurveyMatch => {
    const csat = map.csat?.scale === '1-5' ? csatOf(values.csat) : meanOf(values.csat);
    const nps = map.nps?.scale === '0-10' ? npsOf(values.nps) : meanOf(values.nps);
    const ces = meanOf(values.ces);
    return {
      cardId: card.id,
      text: card.text,
      lines,
      ...(csat === null ? {} : { csat }),
      ...(nps === null ? {} : { nps }),
      ...(ces === null ? {} : { ces }),
      responses: { csat: values.csat.length, nps: values.nps.length, ces: values.ces.length },
      comments,
    };
  });
  return { matches, issues, rowCount: rows.length, matchedRowCount, withComments: map.comment !== undefined };
}
