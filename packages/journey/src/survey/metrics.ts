/**
 * Customer-satisfaction figures from raw answers, as survey tools compute them. Results are
 * rounded to one decimal, the precision a board shows.
 */

const round1 = (n: number) => Math.round(n * 10) / 10;

/** NPS from 0-10 answers: % of promoters (9-10) minus % of detractors (0-6), from -100 to 100. */
export function npsOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let promoters = 0;
  let detractors = 0;
  for (const s of scores) {
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  return round1(((promoters - detractors) * 100) / scores.length);
}

/** CSAT from 1-5 answers: % of satisfied answers (4 or 5), from 0 to 100. */
export function csatOf(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return round1((scores.filter((s) => s >= 4).length * 100) / scores.length);
}

/** Mean of values (CES on 1-7, or scores already computed elsewhere). */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round1(values.reduce((a, b) => a + b, 0) / values.length);
}

/** A number as written in a French or English spreadsheet ("4,5", " 9 ", "80 %"); null when it is not one. */
export function toNumber(cell: string): number | null {
  const text = cell
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '')
    .replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}
