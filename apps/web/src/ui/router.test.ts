import { describe, expect, it } from 'vitest';
import { boardPath, toRoute } from './router';

describe('toRoute', () => {
  it('reads the home and board routes', () => {
    expect(toRoute('/', '')).toEqual({ name: 'home' });
    expect(toRoute('/b/abcDEF_123-x', '?token=t0k')).toEqual({ name: 'board', boardId: 'abcDEF_123-x', token: 't0k' });
    expect(toRoute('/b/abc', '')).toEqual({ name: 'board', boardId: 'abc', token: null });
    expect(toRoute('/nope', '')).toEqual({ name: 'notFound' });
  });

  it('reads the join page, with or without a code', () => {
    expect(toRoute('/j', '')).toEqual({ name: 'join', code: null });
    expect(toRoute('/j/K7QM-XR4P', '')).toEqual({ name: 'join', code: 'K7QM-XR4P' });
    expect(toRoute('/j/k7qm%20xr4p', '')).toEqual({ name: 'join', code: 'k7qm xr4p' });
    expect(toRoute('/j/%E0%A4%A', '')).toEqual({ name: 'join', code: null });
  });

  it('builds a board path that reads back', () => {
    const path = boardPath('b1', 'a+b/c');
    const [p, q] = path.split('?');
    expect(toRoute(p!, `?${q}`)).toEqual({ name: 'board', boardId: 'b1', token: 'a+b/c' });
  });
});
