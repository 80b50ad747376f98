/**
 * One journey as a Mermaid `journey` diagram: a title, one `section` per phase, one task per
 * touchpoint with its score (emotion -2..2 as Mermaid's 1..5; none is a neutral 3) and its
 * channel (or the persona) as actor. A journey diagram is what the customer lives: on a service
 * blueprint, touchpoints in the customer's and frontstage lanes are tasks; cards behind the line of
 * visibility (backstage and support lanes) are not, having no customer emotion to score (the
 * Markdown and PDF show them).
 *
 * Mermaid's journey grammar (jison, checked on mermaid 12.3) reads `title [^#\n;]+`,
 * `section [^#:\n;]+`, a task `[^#:\n;]+` then `:[^#\n;]+` (score, then actors split on ","),
 * `%` and `#` start comments, and a task starting with `journey`, `title` or `section` is read
 * as that keyword. Mermaid's own escape is the entity code: `#59;` is read as ";" and drawn as
 * ";" (its encodeEntities/decodeEntities), so each of those characters becomes its code, and
 * `<`, `>` and `&` too, so its HTML sanitizer leaves the text alone.
 */
import { isBehindVisibility, laneOf } from '../../blueprint/lanes';
import type { JourneyMapJson } from '../../schema';
import { DOCUMENT_LABELS } from './labels';
import { emotionScore, outlineJourney, pickJourney } from './outline';
import type { DocumentOptions } from './toMarkdown';

export interface MermaidOptions extends DocumentOptions {
  /** Who acts in each task: the touchpoint's channel (default) or the journey's persona. */
  readonly actor?: 'channel' | 'persona';
}

/** Longest task text, in characters: Mermaid draws each task in a fixed box of about three short lines. */
export const MERMAID_TASK_LENGTH = 60;

const ENTITY = /[#;:%{}<>&]/g;
const ACTOR_ENTITY = /[#;:%{}<>&,]/g;
const KEYWORD = /^(?:journey\b|title\s|section\s|acctitle|accdescr)/i;

/** Text safe in a Mermaid journey line: one line, special characters as entity codes. */
export function mermaidText(text: string, fallback: string, special: RegExp = ENTITY, maxLength = Infinity): string {
  let line = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters other than whitespace are dropped
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if ([...line].length > maxLength)
    line = `${[...line]
      .slice(0, maxLength - 1)
      .join('')
      .trimEnd()}…`;
  if (!line) line = fallback;
  const escaped = line.replace(special, (c) => `#${c.charCodeAt(0)};`);
  return KEYWORD.test(escaped) ? `#${escaped.charCodeAt(0)};${escaped.slice(1)}` : escaped;
}

export function toMermaid(map: JourneyMapJson, options: MermaidOptions = {}): string {
  const L = DOCUMENT_LABELS[map.locale];
  const journey = pickJourney(map, options.journeyId);
  const title = journey && map.journeys.length > 1 ? `${map.title} — ${journey.title}` : map.title;
  const lines = ['journey', `  title ${mermaidText(title, L.untitled)}`];
  if (!journey) return `${lines.join('\n')}\n`;
  const outline = outlineJourney(map, journey);
  const persona = outline.persona ? mermaidText(outline.persona.name, L.persona, ACTOR_ENTITY) : L.persona;
  for (const { phase, channels } of outline.phases) {
    const seen = channels.filter(({ channel }) => !isBehindVisibility(laneOf(channel)));
    const tasks = seen.flatMap(({ channel, cards }) =>
      cards
        .filter((card) => card.kind === 'touchpoint')
        .map((card) => {
          const actor = options.actor === 'persona' ? persona : mermaidText(channel.name, L.untitled, ACTOR_ENTITY);
          const text = mermaidText(card.text, L.noText, ENTITY, MERMAID_TASK_LENGTH);
          return `    ${text}: ${emotionScore(card)}: ${actor}`;
        }),
    );
    // A section without tasks is valid (Mermaid draws only sections that have tasks): kept, so the
    // text lists every phase.
    lines.push(`  section ${mermaidText(phase.name, L.untitled)}`, ...tasks);
  }
  return `${lines.join('\n')}\n`;
}
