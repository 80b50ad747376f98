/**
 * The one word wrap of Parcours, for the board's canvas and every export: greedy, into at most
 * `maxLines` lines of `maxWidth`, the last one ending in "…" when text is left over. Explicit line
 * breaks are kept; other runs of white space count as one space. A word wider than a line is cut
 * between graphemes (Intl.Segmenter), so an emoji, a flag or a family emoji is never split in two.
 * `measure` is the canvas's measureText width, injected so the rule is tested without a canvas.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ELLIPSIS = '…';

export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  if (maxWidth <= 0 || maxLines <= 0) return lines;
  // Only what can show is looked at: a 10,000-character text costs about the same as a short one.
  const shown = prefixOf(text, Math.max(64, Math.ceil(maxWidth) * maxLines));
  let truncated = shown.length < text.length;
  for (const line of linesOf(shown, maxWidth, measure)) {
    if (lines.length < maxLines) lines.push(line);
    else if (line !== '') {
      truncated = true;
      break;
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (truncated && lines.length > 0) lines[lines.length - 1] = ellipsize(lines[lines.length - 1]!, maxWidth, measure);
  return lines;
}

/** Every line of the whole text, lazily: the caller stops pulling once it has enough. */
function* linesOf(text: string, maxWidth: number, measure: (s: string) => number): Generator<string> {
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) yield line;
      // The word alone may still be too wide: cut it into pieces that fit, between graphemes.
      let rest = splitGraphemes(word);
      while (rest.length > 1 && measure(rest.join('')) > maxWidth) {
        const n = fitting(rest, maxWidth, measure);
        yield rest.slice(0, n).join('');
        rest = rest.slice(n);
      }
      line = rest.join('');
    }
    yield line;
  }
}

function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** How many leading graphemes fit in `maxWidth` (at least one, so every line holds something). */
function fitting(parts: readonly string[], maxWidth: number, measure: (s: string) => number, suffix = ''): number {
  let low = 1;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(parts.slice(0, mid).join('').trimEnd() + suffix) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The text up to the first grapheme boundary at or after `budget` UTF-16 units. */
function prefixOf(text: string, budget: number): string {
  if (text.length <= budget) return text;
  for (const { index } of graphemes.segment(text)) if (index >= budget) return text.slice(0, index);
  return text;
}

function ellipsize(line: string, maxWidth: number, measure: (s: string) => number): string {
  const parts = splitGraphemes(line);
  if (measure(`${line.trimEnd()}${ELLIPSIS}`) <= maxWidth) return `${line.trimEnd()}${ELLIPSIS}`;
  const n = fitting(parts, maxWidth, measure, ELLIPSIS);
  if (n === 1 && measure(`${parts[0]}${ELLIPSIS}`) > maxWidth) return ELLIPSIS;
  return `${parts.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
}
