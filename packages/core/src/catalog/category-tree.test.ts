import { describe, expect, it } from 'vitest';
import { ancestry, buildCategoryTree, findCategory, subtreeIds, type CategoryRow } from './category-tree.ts';

const row = (id: string, parentId: string | null, position = 0): CategoryRow => ({
  id,
  slug: id,
  name: id.toUpperCase(),
  path: id,
  description: '',
  featured: false,
  depth: parentId ? 1 : 0,
  position,
  parentId,
});

const rows = [row('bikes', null, 0), row('road', 'bikes', 2), row('gravel', 'bikes', 1), row('parts', null, 1), row('aero', 'road', 0)];

describe('category tree', () => {
  const tree = buildCategoryTree(rows, new Map([['road', 2], ['aero', 3], ['gravel', 1], ['parts', 4]]));

  it('nests children under parents in position order', () => {
    expect(tree.map((n) => n.slug)).toEqual(['bikes', 'parts']);
    expect(tree[0]!.children.map((n) => n.slug)).toEqual(['gravel', 'road']);
  });

  it('counts the products of a whole sub-tree', () => {
    expect(findCategory(tree, 'bikes')!.productCount).toBe(6);
    expect(findCategory(tree, 'road')!.productCount).toBe(5);
    expect(findCategory(tree, 'parts')!.productCount).toBe(4);
  });

  it('lists a node and all of its descendants', () => {
    expect(subtreeIds(findCategory(tree, 'bikes')!).sort()).toEqual(['aero', 'bikes', 'gravel', 'road']);
  });

  it('walks from the root down to a node', () => {
    expect(ancestry(tree, 'aero').map((n) => n.slug)).toEqual(['bikes', 'road', 'aero']);
    expect(ancestry(tree, 'missing')).toEqual([]);
  });
});
