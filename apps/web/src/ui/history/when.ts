const formats = new Map<string, Intl.DateTimeFormat>();

/** A version's time as the UI language writes it: "3 déc. 2026, 14:05" / "Dec 3, 2026, 2:05 PM". */
export function formatWhen(iso: string, language: string): string {
  const locale = language.startsWith('fr') ? 'fr-FR' : 'en-US';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
