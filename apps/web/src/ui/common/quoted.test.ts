import { describe, expect, it } from 'vitest';
import { quoted } from './quoted';

describe('quoted', () => {
  it('puts one pair of guillemets around a quote, whether or not the user typed some', () => {
    expect(quoted('Je veux être sûre')).toBe('«\u00a0Je veux être sûre\u00a0»');
    expect(quoted('« Je veux être sûre »')).toBe('«\u00a0Je veux être sûre\u00a0»');
    expect(quoted('«\u00a0Vite !\u00a0»')).toBe('«\u00a0Vite !\u00a0»');
    expect(quoted('"I want it now"')).toBe('«\u00a0I want it now\u00a0»');
    expect(quoted('“Fast”')).toBe('«\u00a0Fast\u00a0»');
    expect(quoted("L'avis d'Anne")).toBe("«\u00a0L'avis d'Anne\u00a0»");
    expect(quoted(' « » ')).toBe('');
  });
});
