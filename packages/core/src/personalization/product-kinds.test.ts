import { describe, expect, it } from 'vitest';
import { isComplement, priceCloseness, type KindInfo } from './product-kinds.ts';

const catalog: Record<string, KindInfo> = {
  helmet: { kind: 'helmets', priceAmount: 12_000 },
  helmetCheap: { kind: 'helmets', priceAmount: 3_000 },
  helmetClose: { kind: 'helmets', priceAmount: 11_000 },
  bar: { kind: 'nutrition', priceAmount: 300 },
  jacket: { kind: 'clothing', priceAmount: 9_000 },
};
const info = (id: string) => catalog[id];

describe('complements', () => {
  it('leaves out products of a kind the anchors already have, and unknown products', () => {
    const kinds = new Set(['helmets']);
    expect(['helmetCheap', 'bar', 'jacket', 'gone'].filter((id) => isComplement(kinds, info, id))).toEqual(['bar', 'jacket']);
  });
});

describe('price closeness', () => {
  it('weighs price closeness the same both ways', () => {
    expect(priceCloseness(100, 200)).toBeCloseTo(priceCloseness(200, 100));
    expect(priceCloseness(100, 100)).toBe(1);
    expect(priceCloseness(100, 110)).toBeGreaterThan(priceCloseness(100, 400));
  });
});
