import type { Channel, Lane } from '@parcours/journey';
import { describe, expect, it } from 'vitest';
import { channelLaneDrop } from './laneDrop';

const row = (id: string, lane?: Lane) => ({
  channel: { id, journeyId: 'j', order: id, name: id, ...(lane ? { lane } : {}) } as Channel,
});

describe('channelLaneDrop', () => {
  const rows = [row('web'), row('shop'), row('back', 'backstage'), row('erp', 'support')];

  it('only reorders on a board without lanes', () => {
    expect(channelLaneDrop({ rows: [row('a'), row('b')] }, 'a', null)).toBeNull();
  });

  it('takes the lane of the row above the drop, before the next row of that lane', () => {
    // Web dropped right under Back-office: backstage, last of it (the next row is support).
    expect(channelLaneDrop({ rows }, 'web', 'erp')).toEqual({ lane: 'backstage', before: null });
    // Dropped at the end: support.
    expect(channelLaneDrop({ rows }, 'web', null)).toEqual({ lane: 'support', before: null });
    // Back-office dropped between Web and Shop: frontstage, before Shop.
    expect(channelLaneDrop({ rows }, 'back', 'shop')).toEqual({ lane: 'frontstage', before: 'shop' });
    // At the very top: the lane of the first row.
    expect(channelLaneDrop({ rows }, 'erp', 'web')).toEqual({ lane: 'frontstage', before: 'web' });
  });
});
