import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('fileNameOf', () => {
  it('names downloads after the board title without path characters', () => {
    expect(fileNameOf('Parcours client : achat en ligne', 'png')).toBe('Parcours client achat en ligne.png');
    expect(fileNameOf('a/b\\c', 'json')).toBe('a b c.json');
    expect(fileNameOf('   ', 'json')).toBe('parcours.json');
  });
});
