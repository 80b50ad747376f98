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

export function loadParticipant(storage: Storage = localStorage): Participant | null {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Participant> | null;
    if (value && typeof value.id === 'string' && typeof value.name === 'string' && typeof value.color === 'string') {
      return { id: value.id, name: value.name, color: value.color };
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
