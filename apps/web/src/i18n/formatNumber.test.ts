import { describe, expect, it } from 'vitest';
import { formatNumber } from './formatNumber';

describe('formatNumber', () => {
  it('writes a decimal comma in French and a point in English', () => {
    expect(formatNumber(1, 'fr', { fixed: true })).toBe('1,0');
    expect(formatNumber(66.67, 'fr')).toBe('66,7');
    expect(formatNumber(66.67, 'en')).toBe('66.7');
    expect(formatNumber(-0.55, 'fr', { digits: 1, fixed: true })).toBe('-0,6');
    expect(formatNumber(1.5, 'fr', { sign: true })).toBe('+1,5');
    expect(formatNumber(0, 'en', { sign: true, fixed: true })).toBe('0.0');
    expect(formatNumber(40, 'fr')).toBe('40');
  });
});
