import { describe, expect, it } from 'vitest';
import { categoryOptions, categoryTrail, flattenCategories, trailOf, type CategoryTreeNode } from './categories';

const node = (id: string, name: string, children: CategoryTreeNode[] = [], productCount = 0): CategoryTreeNode => ({ id, slug: name.toLowerCase().replace(/\W+/g, '-'), name, productCount, children });
const tree = [
  node('bikes', 'Bikes', [node('road', 'Road', [], 12), node('bike-acc', 'Accessories', [node('bells', 'Bells', [], 1)])], 30),
  node('apparel', 'Apparel', [node('app-acc', 'Accessories'), node('roadwear', 'Café roadwear')]),
];
const flat = flattenCategories(tree);

describe('the category picker', () => {
  it('lists every category depth first with its trail', () => {
    expect(flat.map((c) => c.trail)).toEqual(['Bikes', 'Bikes › Road', 'Bikes › Accessories', 'Bikes › Accessories › Bells', 'Apparel', 'Apparel › Accessories', 'Apparel › Café roadwear']);
  });

  it('finds names that start with the query first, then names, slugs and trails that contain it', () => {
    expect(categoryOptions(flat, 'road').map((o) => o.label)).toEqual(['Bikes › Road', 'Apparel › Café roadwear']);
    expect(categoryOptions(flat, 'CAFE').map((o) => o.value)).toEqual(['roadwear']);
    expect(categoryOptions(flat, 'bikes').map((o) => o.label)).toEqual(['Bikes', 'Bikes › Accessories', 'Bikes › Accessories › Bells', 'Bikes › Road']);
  });

  it('tells two categories of one name apart, says how many products each holds, and stops at the limit', () => {
    expect(categoryOptions(flat, 'accessories')).toEqual([
      { value: 'app-acc', label: 'Apparel › Accessories', detail: 'accessories · 0 products in the store' },
      { value: 'bike-acc', label: 'Bikes › Accessories', detail: 'accessories · 0 products in the store' },
      // Found by its trail, after the names.
      { value: 'bells', label: 'Bikes › Accessories › Bells', detail: 'bells · 1 product in the store' },
    ]);
    expect(categoryOptions(flat, 'bell')[0]?.detail).toBe('bells · 1 product in the store');
    expect(categoryOptions(flat, 'a', 2)).toHaveLength(2);
    expect(categoryOptions(flat, '  ')).toEqual([]);
  });

  it('names a chosen category by its trail', () => {
    expect(categoryTrail(flat, 'bells')).toBe('Bikes › Accessories › Bells');
    expect(categoryTrail(flat, 'gone')).toBe('');
    const rows = [{ id: 'b', name: 'Bikes', path: 'bikes' }, { id: 'r', name: 'Road & race', path: 'bikes/road' }];
    expect(trailOf(rows, 'r')).toBe('Bikes › Road & race');
    expect(trailOf(rows, 'x')).toBe('');
  });
});
