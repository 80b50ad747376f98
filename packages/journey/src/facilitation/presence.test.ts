import { describe, expect, it } from 'vitest';
import { toFacilitatorPresence } from './presence';

describe('toFacilitatorPresence', () => {
  it('reads a facilitator’s presentation view and rejects other shapes', () => {
    expect(
      toFacilitatorPresence({
        role: 'facilitator',
        presenting: { journeyId: 'j', x: 10, y: -4, zoom: 1.5, focusCardId: 'c' },
        name: 'Léa',
      }),
    ).toEqual({ role: 'facilitator', presenting: { journeyId: 'j', x: 10, y: -4, zoom: 1.5, focusCardId: 'c' } });
    expect(
      toFacilitatorPresence({ role: 'facilitator', presenting: { journeyId: 'j', x: Number.NaN, y: 0, zoom: 1 } }),
    ).toEqual({
      role: 'facilitator',
      presenting: null,
    });
    expect(toFacilitatorPresence({ role: 'edit', presenting: { journeyId: 'j', x: 0, y: 0, zoom: 1 } })).toBeNull();
    expect(
      toFacilitatorPresence({
        role: 'facilitator',
        presenting: { journeyId: 'j', x: 0, y: 0, zoom: 1, phaseId: 'p2' },
      }),
    ).toEqual({ role: 'facilitator', presenting: { journeyId: 'j', x: 0, y: 0, zoom: 1, phaseId: 'p2' } });
    expect(
      toFacilitatorPresence({ role: 'facilitator', presenting: { journeyId: 'j', x: 0, y: 0, zoom: 1, phaseId: 7 } }),
    ).toEqual({ role: 'facilitator', presenting: { journeyId: 'j', x: 0, y: 0, zoom: 1 } });
    expect(toFacilitatorPresence(null)).toBeNull();
    expect(toFacilitatorPresence('facilitator')).toBeNull();
  });
});
