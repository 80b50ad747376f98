import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEST_SEED, replayCommand, testSeed } from './seed';

describe('test seed', () => {
  it('is fixed unless PARCOURS_TEST_SEED says otherwise', () => {
    expect(testSeed({})).toBe(DEFAULT_TEST_SEED);
    expect(testSeed({ PARCOURS_TEST_SEED: ' 42 ' })).toBe(42);
    expect(() => testSeed({ PARCOURS_TEST_SEED: 'abc' })).toThrow(/integer/);
  });

  it('makes fast-check draw the same values on every run (vitestSetup.ts)', () => {
    expect(fc.readConfigureGlobal().seed).toBe(testSeed());
    const draw = () => fc.sample(fc.integer(), 5);
    expect(draw()).toEqual(draw());
  });

  it('prints a command that replays the file', () => {
    expect(replayCommand('packages/journey/src/order.test.ts', 7)).toBe(
      'PARCOURS_TEST_SEED=7 pnpm vitest run packages/journey/src/order.test.ts',
    );
  });
});
