/** One problem found in an imported map, located by a path like `journeys[0].cards[3].emotion`. */
export interface FormatIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown by fromJson/fromPng when a file cannot be imported. Import is all-or-nothing, so
 * `issues` lists every problem found (up to a bound) for the user to fix in one go.
 */
export class JourneyFormatError extends Error {
  override readonly name = 'JourneyFormatError';
  readonly issues: readonly FormatIssue[];

  constructor(issues: readonly FormatIssue[]) {
    super(summarize(issues));
    this.issues = issues;
  }
}

const SHOWN_IN_MESSAGE = 5;

function summarize(issues: readonly FormatIssue[]): string {
  const lines = issues.slice(0, SHOWN_IN_MESSAGE).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length - SHOWN_IN_MESSAGE;
  if (more > 0) lines.push(`... and ${more} more`);
  return lines.length === 1 ? lines[0]! : `This journey map cannot be imported:\n${lines.join('\n')}`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['journeys', 0, 'cards', 3, 'emotion']` -> `journeys[0].cards[3].emotion`; odd keys are quoted. */
export function toIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
