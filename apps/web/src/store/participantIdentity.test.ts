import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memoryStorage';
import {
  loadParticipant,
  PARTICIPANT_COLORS,
  saveParticipant,
  toPlainColor,
  UNKNOWN_COLOR,
} from './participantIdentity';

describe('participant identity', () => {
  it('keeps the id across renames and reads back only a plain colour, whatever the stored one became', () => {
    const storage = memoryStorage();
    const first = saveParticipant({ name: '  Ana  ', color: '#2563eb' }, storage);
    expect(saveParticipant({ name: 'Ana B.', color: '#16a34a' }, storage)).toEqual({
      ...first,
      name: 'Ana B.',
      color: '#16a34a',
    });
    storage.setItem(
      'parcours.participant',
      JSON.stringify({ id: first.id, name: 'Ana', color: 'url(https://evil.example/x)' }),
    );
    expect(loadParticipant(storage)).toEqual({ id: first.id, name: 'Ana', color: UNKNOWN_COLOR });
    for (const color of PARTICIPANT_COLORS) expect(toPlainColor(color)).toBe(color);
  });
});
