/** Quote marks people type around a quote themselves: French guillemets, curly and straight quotes. */
const OUTER_QUOTES = /^[\s\u00a0\u202f«“"„‘'‹]+|[\s\u00a0\u202f»”"‘’'›]+$/g;

/**
 * A persona's quote between one pair of guillemets, whether or not the user typed them: « … », never
 * « « … » ». Non-breaking spaces keep the marks on the quote's lines.
 */
export function quoted(text: string): string {
  const inner = text.replace(OUTER_QUOTES, '');
  return inner ? `«\u00a0${inner}\u00a0»` : '';
}
