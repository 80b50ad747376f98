const MARK = '\u0000';

/**
 * The title of a copy: `decorate(title)` (e.g. "{{title}} (cible)") applied once, even to a copy of
 * a copy ("Achat (cible)" gives "Achat (cible) 2", never "Achat (cible) (cible)"), and numbered
 * when a journey already has that title.
 */
export function copyTitle(title: string, decorate: (title: string) => string, taken: readonly string[]): string {
  const [before = '', after = ''] = decorate(MARK).split(MARK);
  let base = title.trim();
  // Strip a number a previous copy got, then every decoration already there.
  const numbered = (text: string) => text.replace(/ \d+$/, '');
  for (;;) {
    const plain = numbered(base);
    const stripped =
      (before || after) &&
      plain.startsWith(before) &&
      plain.endsWith(after) &&
      plain.length > before.length + after.length
        ? plain.slice(before.length, plain.length - after.length)
        : null;
    if (stripped === null) break;
    base = stripped;
  }
  const first = decorate(base);
  const used = new Set(taken);
  if (!used.has(first)) return first;
  for (let n = 2; ; n++) if (!used.has(`${first} ${n}`)) return `${first} ${n}`;
}
