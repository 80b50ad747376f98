/**
 * How deep a journey map file nests, checked on the text before JSON.parse: a file of millions of
 * nested arrays parses into a structure whose validation stalls or overflows the stack. The format
 * nests 7 levels (map > journeys > journey > cards > card > ratings > ...); 16 leaves room for
 * optional fields to come.
 */
export const MAX_JSON_DEPTH = 16;

/** True when `text` opens more than `max` arrays or objects inside one another (strings skipped). One pass, no allocation. */
export function jsonTooDeep(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) depth--;
  }
  return false;
}
