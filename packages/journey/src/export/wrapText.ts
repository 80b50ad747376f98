/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth`, the last one ending in "…" when
 * text is left over. Lines are first cut by an estimated character width and then measured,
 * usually once each, so wrapping thousands of cards stays cheap on any canvas.
 */
export function wrapText(
  measure: (text: string) => number,
  text: string,
  maxWidth: number,
  maxLines: number,
  charWidth: number,
): string[] {
  const lines: string[] = [];
  if (maxWidth <= 0 || maxLines <= 0) return lines;
  const guess = Math.max(1, Math.floor(maxWidth / Math.max(1, charWidth)));
  // Only what can show is looked at: a 10,000-character text costs the same as a short one.
  let rest = text
    .slice(0, safeCut(text, guess * maxLines * 3)) // an emoji at the edge stays whole
    .replace(/\s+/g, ' ')
    .trim();
  while (rest && lines.length < maxLines) {
    const lastLine = lines.length === maxLines - 1;
    let cut = breakBefore(rest, guess);
    let line = rest.slice(0, cut).trimEnd();
    let width = measure(line);
    while (width > maxWidth && cut > 1) {
      const target = Math.max(1, Math.min(cut - 1, Math.floor((cut * maxWidth) / width)));
      const next = breakBefore(rest, target);
      // A space right at the target gives the same cut back: fall back to cutting mid-word, so the
      // line always gets shorter (and the loop ends).
      const shorter = next < cut ? next : safeCut(rest, cut - 1);
      if (shorter >= cut) break;
      cut = shorter;
      line = rest.slice(0, cut).trimEnd();
      width = measure(line);
    }
    rest = rest.slice(cut).trimStart();
    if (lastLine && rest) line = withEllipsis(measure, line, maxWidth, width);
    lines.push(line);
  }
  return lines;
}

/** Where to cut `text` to keep at most `max` characters: after the last space, else mid-word. */
function breakBefore(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const space = text.lastIndexOf(' ', max);
  if (space > 0) return space + 1;
  return safeCut(text, max);
}

/** Never split a surrogate pair (an emoji would turn into a replacement box): back off, or keep the pair whole. */
function safeCut(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const code = text.charCodeAt(at - 1);
  if (code < 0xd800 || code > 0xdbff) return at;
  return at > 1 ? at - 1 : at + 1;
}

function withEllipsis(measure: (text: string) => number, line: string, maxWidth: number, width: number): string {
  const ellipsis = '…';
  let out = `${line}${ellipsis}`;
  let outWidth = measure(out);
  let keep = line.length;
  while (outWidth > maxWidth && keep > 0) {
    const next = safeCut(line, Math.min(keep - 1, Math.floor((keep * maxWidth) / Math.max(outWidth, width + 1))));
    // Shorter or nothing: keeping a surrogate pair whole must not stall the loop.
    keep = next < keep ? next : 0;
    out = `${line.slice(0, keep).trimEnd()}${ellipsis}`;
    outWidth = measure(out);
  }
  return out;
}
