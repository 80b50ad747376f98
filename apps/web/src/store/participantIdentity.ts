import type { Participant } from './boardStore';

/** Who this device is on boards: a stable id (votes and ratings are keyed by it), a name and a colour. */
const KEY = 'parcours.participant';

export const PARTICIPANT_COLORS = [
  '#e11d48',
  '#ea580c',
  '#ca8a04',
  '#16a34a',
  '#0891b2',
  '#2563eb',
  '#7c3aed',
  '#c026d3',
] as const;

/** What a peer's colour falls back to when it is not a plain colour (slate, not in the palette). */
export const UNKNOWN_COLOR = '#64748b';

const PLAIN_COLOR =
  /^(#[0-9a-f]{3}|#[0-9a-f]{6}|hsl\(\d{1,3}(\.\d+)?(deg)?,? ?\d{1,3}(\.\d+)?%,? ?\d{1,3}(\.\d+)?%\))$/i;

/**
 * A colour another participant chose reaches a style attribute (Avatars) and the canvas: only
 * `#rgb`, `#rrggbb` or `hsl(h, s%, l%)` pass, never `url(...)` (a request to any server) or more CSS.
 */
export function toPlainColor(value: unknown): string {
  return typeof value === 'string' && PLAIN_COLOR.test(value) ? value : UNKNOWN_COLOR;
}

export function loadParticipant(storage: Storage = localStorage): Participant | null {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Participant> | null;
    if (value && typeof value.id === 'string' && typeof value.name === 'string' && typeof value.color === 'string') {
      return { id: value.id, name: value.name, color: toPlainColor(value.color) };
    }
  } catch {
    // fall through: ask again
  }
  return null;
}

/** Saves the name and colour, keeping the id this device already had. */
export function saveParticipant(input: { name: string; color: string }, storage: Storage = localStorage): Participant {
  const id = loadParticipant(storage)?.id ?? randomId();
  const participant = { id, name: input.name.trim().slice(0, 40), color: input.color };
  storage.setItem(KEY, JSON.stringify(participant));
  return participant;
}

export function randomColor(): string {
  return PARTICIPANT_COLORS[Math.floor(Math.random() * PARTICIPANT_COLORS.length)]!;
}

/** 128 random bits; getRandomValues works on plain-http self-hosted servers too (randomUUID does not). */
function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
