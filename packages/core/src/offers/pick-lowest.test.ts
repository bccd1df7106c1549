import { describe, expect, it } from 'vitest';
import { isLowest, lowestTotal } from './pick-lowest.ts';

const store = (total: number, available = true) => ({ total, available, isStore: true });
const offer = (total: number, available = true) => ({ total, available, isStore: false });

describe('lowest price', () => {
  it('is the cheapest offer one can buy, ignoring cheaper sold-out ones', () => {
    const entries = [store(1000), offer(900, false), offer(950)];
    expect(lowestTotal(entries)).toBe(950);
    expect(entries.map((e) => isLowest(e, entries))).toEqual([false, false, true]);
  });

  it('falls back to the cheapest of all when nothing can be bought', () => {
    const entries = [store(1000, false), offer(900, false)];
    expect(lowestTotal(entries)).toBe(900);
    expect(isLowest(entries[1]!, entries)).toBe(true);
  });

  it('flags every entry at the lowest total', () => {
    const entries = [store(900), offer(900)];
    expect(entries.every((e) => isLowest(e, entries))).toBe(true);
  });
});
