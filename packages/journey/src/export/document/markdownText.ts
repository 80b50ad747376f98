/**
 * Board text as inline GitHub-flavoured Markdown that reads as the same text once rendered: every
 * character that could start emphasis, a link, code, HTML, an entity, math (GitHub's `$`), a
 * table cell, a heading or an autolink is backslash-escaped (CommonMark allows it before any ASCII
 * punctuation). Text never starts a line (it follows a list marker, a label or a cell's pipe), so
 * `-`, `+`, `=` and `1.` need nothing; lines are joined with <br> so a card of several lines
 * stays in its table cell or list item.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we drop
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** `\` first, so the escapes added for the others are not escaped again. */
const SPECIAL = /[\\`*_{}[\]<>#|~&$]/g;

/** The text's lines: control characters dropped, whitespace runs as one space, blank edges trimmed. */
export function textLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * GFM turns "www.", "http://" (and cmark-gfm "mailto:", "xmpp:") into links that run until a space,
 * swallowing the backslashes of the escapes after them: breaking the trigger keeps the text as is.
 */
const AUTOLINK = /(www)\.|(https?|ftp|mailto|xmpp):/gi;

/** Escapes one line (no newline in it); a start that could open a block is escaped too, in case. */
export function escapeMarkdownLine(line: string): string {
  return line
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(AUTOLINK, (_m, www, scheme) => (www ? `${www}\\.` : `${scheme}\\:`))
    .replace(/^([-+=>])|^(\d+)([.)])/, (_m, mark, digits, dot) => (mark ? `\\${mark}` : `${digits}\\${dot}`));
}

/** Inline Markdown of a text of any number of lines (line breaks as <br>); `fallback` when empty. */
export function inlineMarkdown(text: string, fallback = ''): string {
  const lines = textLines(text);
  if (lines.length === 0) return fallback;
  return lines.map(escapeMarkdownLine).join('<br>');
}

/** Text on one line (headings, link-free labels): line breaks become spaces. */
export function oneLineMarkdown(text: string, fallback = ''): string {
  const line = textLines(text).join(' ');
  return line ? escapeMarkdownLine(line) : fallback;
}

/** A GFM table: header, alignment row, then one row per entry; cells are Markdown already escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
