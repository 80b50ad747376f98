import type { Locale } from '../types';
import { type CsvSeparator, toCsv } from './csv';
import { QUADRANT_LABELS, STATUS_LABELS } from './planLabels';
import type { PlanRow } from './toPlanRows';

export { QUADRANT_LABELS } from './planLabels';

const HEADERS: Record<Locale, readonly string[]> = {
  fr: [
    'Action',
    'Cartes liées',
    'Phases',
    'Canaux',
    'Services',
    'Impact (1-5)',
    'Effort (1-5)',
    'Priorité',
    'Responsable',
    'Échéance',
    'Statut',
  ],
  en: [
    'Action',
    'Linked cards',
    'Phases',
    'Channels',
    'Departments',
    'Impact (1-5)',
    'Effort (1-5)',
    'Priority',
    'Owner',
    'Due',
    'Status',
  ],
};

export interface PlanCsvOptions {
  /** `;` for French Excel (where `,` is the decimal mark); default `,`. */
  separator?: CsvSeparator;
  /** Starts with a UTF-8 BOM so Excel shows accents right; default true. */
  bom?: boolean;
  /** Language of the headers and labels: the board's locale. */
  locale: Locale;
}

/**
 * The action plan as a CSV file's text, one action per line. Linked cards go one per line inside
 * their cell; phases, channels and departments are joined with ", ". Encode it as UTF-8.
 */
export function toPlanCsv(rows: readonly PlanRow[], options: PlanCsvOptions): string {
  const { locale } = options;
  const lines = rows.map((row) => [
    row.title,
    row.cards.map((c) => c.text).join('\n'),
    row.phases.join(', '),
    row.channels.join(', '),
    row.departments.join(', '),
    row.impact,
    row.effort,
    QUADRANT_LABELS[locale][row.quadrant],
    row.owner,
    row.due,
    STATUS_LABELS[locale][row.status],
  ]);
  return toCsv([HEADERS[locale], ...lines], { separator: options.separator ?? ',', bom: options.bom ?? true });
}
