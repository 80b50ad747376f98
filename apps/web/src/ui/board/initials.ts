/**
 * One or two letters for an avatar: the first letters of the first and last words of a name, leaving
 * out what people add in brackets ("Camille (CX)" → "C", not "C(") and any word without a letter or
 * digit. A name that is only brackets or symbols still gives its first letter, else "?".
 */
export function initials(name: string): string {
  const firstLetter = (word: string) => word.match(/[\p{L}\p{N}]/u)?.[0];
  const words = (text: string) =>
    text
      .split(/\s+/)
      .map(firstLetter)
      .filter((c): c is string => c !== undefined);
  const outside = words(name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  const letters = outside.length > 0 ? outside : words(name);
  if (letters.length === 0) return '?';
  return (letters[0]! + (letters.length > 1 ? letters.at(-1)! : '')).toUpperCase();
}
