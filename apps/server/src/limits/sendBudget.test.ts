import { describe, expect, it } from 'vitest';
import { SendBudget } from './sendBudget';

describe('SendBudget', () => {
  it('counts a buffer sent to many connections once, until the last has written it', () => {
    const budget = new SendBudget(100);
    const shared = new Uint8Array(60);
    for (let i = 0; i < 10; i++) expect(budget.reserve(shared)).toBe(true);
    expect(budget.used).toBe(60);
    expect(budget.reserve(new Uint8Array(50))).toBe(false); // 110 > 100: refused, nothing counted
    expect(budget.used).toBe(60);
    for (let i = 0; i < 9; i++) budget.release(shared);
    expect(budget.used).toBe(60);
    budget.release(shared);
    expect(budget.used).toBe(0);
    expect(budget.reserve(new Uint8Array(100))).toBe(true);
  });
});
