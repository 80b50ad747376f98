import { JOURNEY_MAP_FORMAT, JOURNEY_MAP_VERSION, type JourneyMapJson, journeyMapSchema } from '../schema';
import { type FormatIssue, JourneyFormatError, toIssuePath } from './errors';
import { LIMITS } from './limits';
import { checkReferences } from './references';

/** More issues than this and the user is looking at the wrong file: stop listing. */
const MAX_ISSUES = 100;

/**
 * Validates an untrusted value (usually `JSON.parse` of a file) as a journey map, version 1:
 * header, sizes, shape (zod), then ids and references. Returns it typed or throws a
 * JourneyFormatError listing the problems; nothing is partially accepted.
 */
export function parseJourneyMap(value: unknown): JourneyMapJson {
  const early = checkHeader(value) ?? checkSizes(value as Record<string, unknown>);
  if (early) throw new JourneyFormatError(early);
  const parsed = journeyMapSchema.safeParse(value);
  if (!parsed.success) {
    throw new JourneyFormatError(
      parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: toIssuePath(i.path), message: i.message })),
    );
  }
  const issues = checkReferences(parsed.data, MAX_ISSUES);
  if (issues.length > 0) throw new JourneyFormatError(issues);
  return parsed.data;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The format and version come first so a wrong file gets one clear sentence, not a list of
 * field errors. Returns null only for an object with the right format and version.
 */
function checkHeader(value: unknown): FormatIssue[] | null {
  if (!isObject(value) || value.format !== JOURNEY_MAP_FORMAT) {
    return [
      {
        path: isObject(value) ? 'format' : '',
        message: `This is not a Parcours journey map: expected an object with "format": "${JOURNEY_MAP_FORMAT}".`,
      },
    ];
  }
  const version = value.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > JOURNEY_MAP_VERSION) {
    return [
      {
        path: 'version',
        message: `This map was made by a newer version of Parcours (format version ${version}); this one reads version ${JOURNEY_MAP_VERSION}. Update Parcours to import it.`,
      },
    ];
  }
  if (version !== JOURNEY_MAP_VERSION) {
    return [
      {
        path: 'version',
        message: `Unknown format version ${JSON.stringify(version)}; expected ${JOURNEY_MAP_VERSION}.`,
      },
    ];
  }
  return null;
}

/** Counted before parsing so an absurd file is refused without walking all of it. */
function checkSizes(value: Record<string, unknown>): FormatIssue[] | null {
  const tooMany = (path: string, count: number, limit: number, what: string): FormatIssue[] | null =>
    count > limit ? [{ path, message: `Too many ${what}: ${count}, at most ${limit} are allowed.` }] : null;
  const { personas, journeys } = value;
  if (Array.isArray(personas)) {
    const issue = tooMany('personas', personas.length, LIMITS.personas, 'personas');
    if (issue) return issue;
  }
  if (!Array.isArray(journeys)) return null;
  const issue = tooMany('journeys', journeys.length, LIMITS.journeys, 'journeys');
  if (issue) return issue;
  let cards = 0;
  for (const journey of journeys) {
    if (isObject(journey) && Array.isArray(journey.cards)) cards += journey.cards.length;
  }
  const total = tooMany('journeys', cards, LIMITS.cards, 'cards in the map');
  if (total) return total;
  for (const [j, journey] of journeys.entries()) {
    if (!isObject(journey) || !Array.isArray(journey.cards)) continue;
    for (const [c, card] of journey.cards.entries()) {
      if (!isObject(card)) continue;
      for (const key of ['ratings', 'votes'] as const) {
        const entries = card[key];
        if (!isObject(entries)) continue;
        const count = Object.keys(entries).length;
        const path = `journeys[${j}].cards[${c}].${key}`;
        const issue = tooMany(path, count, LIMITS.participantsPerCard, 'participants on one card');
        if (issue) return issue;
      }
    }
  }
  return null;
}
