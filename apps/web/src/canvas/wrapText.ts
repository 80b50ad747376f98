/**
 * Word-wraps text into at most `maxLines` lines of `maxWidth`, ending with "…" when it does not
 * fit. Explicit newlines are kept; a word wider than a line is broken between characters.
 * `measure` is the canvas's measureText width, injected so the rule is tested without a canvas.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let truncated = false;
  const paragraphs = text.split('\n');
  outer: for (const [index, paragraph] of paragraphs.entries()) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) {
        lines.push(line);
        if (lines.length === maxLines) {
          truncated = true;
          break outer;
        }
      }
      // The word alone may still be too wide: cut it into pieces that fit.
      let rest = word;
      while (measure(rest) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
        lines.push(rest.slice(0, cut));
        if (lines.length === maxLines) {
          truncated = true;
          break outer;
        }
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
    if (lines.length === maxLines) {
      truncated = paragraphs.slice(index + 1).some((p) => p.trim() !== '');
      break;
    }
  }
  if (truncated && lines.length > 0) lines[lines.length - 1] = ellipsize(lines[lines.length - 1]!, maxWidth, measure);
  return lines;
}

function ellipsize(line: string, maxWidth: number, measure: (s: string) => number): string {
  let cut = line.length;
  while (cut > 0 && measure(`${line.slice(0, cut).trimEnd()}…`) > maxWidth) cut--;
  return `${line.slice(0, cut).trimEnd()}…`;
}
