import { describe, expect, it } from 'vitest';
import { AddressConnections } from './addressConnections';

describe('AddressConnections', () => {
  it('refuses past max open connections per address, and forgets an address with none', () => {
    const open = new AddressConnections(2);
    expect([open.tryOpen('a'), open.tryOpen('a'), open.tryOpen('a'), open.tryOpen('b')]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    open.close('a');
    expect(open.tryOpen('a')).toBe(true);
    open.close('a');
    open.close('a');
    open.close('b');
    expect(open.addresses).toBe(0);
  });
});
