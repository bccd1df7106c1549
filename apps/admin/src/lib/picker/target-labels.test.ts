import { describe, expect, it } from 'vitest';
import { flattenCategories } from './categories';
import { targetLabels } from './target-labels';

describe('the names of a rule form’s chips', () => {
  it('names products, variants, categories and partners as their pickers do', () => {
    const labels = targetLabels({
      targets: [{ id: 'p1', title: 'Aero Helmet', slug: 'aero-helmet', status: 'ACTIVE', variants: [
        { id: 'v1', sku: 'AH-M', title: 'M', options: { size: 'M' }, priceAmount: 8_900, currency: 'EUR' },
        { id: 'v2', sku: 'AH-L', title: 'L', options: { size: 'L' }, priceAmount: 8_900, currency: 'EUR' },
      ] }],
      categories: flattenCategories([{ id: 'c1', slug: 'bikes', name: 'Bikes', productCount: 3, children: [{ id: 'c2', slug: 'road', name: 'Road Bikes', productCount: 2, children: [] }] }]),
      partners: [{ value: 'pa1', label: 'Velo Blog (VELO)', detail: 'https://velo.example · active' }],
    });
    expect(labels).toEqual({ p1: 'Aero Helmet', v1: 'Aero Helmet — M', v2: 'Aero Helmet — L', c1: 'Bikes', c2: 'Bikes › Road Bikes', pa1: 'Velo Blog (VELO)' });
  });

  it('knows nothing of an id none of the sources holds', () => {
    expect(targetLabels({ targets: [], categories: [], partners: [] })).toEqual({});
  });
});
