import { describe, expect, it } from 'vitest';
import { featuredCategories, findByPath, findBySlug, trail } from './category-tree.ts';

interface Node {
  slug: string;
  path: string;
  featured: boolean;
  children: Node[];
}
const node = (path: string, children: Node[] = [], featured = false): Node => ({
  slug: path.split('/').at(-1)!,
  path,
  featured,
  children,
});

const tree = [node('bikes', [node('bikes/road', [node('bikes/road/aero')], true), node('bikes/gravel')]), node('parts')];

describe('category tree lookups', () => {
  it('finds a category by its path and by its slug', () => {
    expect(findByPath(tree, 'bikes/road/aero')?.slug).toBe('aero');
    expect(findBySlug(tree, 'gravel')?.path).toBe('bikes/gravel');
    expect(findByPath(tree, 'road')).toBeUndefined();
  });

  it('gives the trail from the root for breadcrumbs', () => {
    expect(trail(tree, 'bikes/road/aero').map((n) => n.slug)).toEqual(['bikes', 'road', 'aero']);
    expect(trail(tree, 'bikes/nope')).toEqual([]);
  });

  it('lists featured categories, or the roots when none are featured', () => {
    expect(featuredCategories(tree).map((n) => n.slug)).toEqual(['road']);
    expect(featuredCategories([node('a'), node('b')]).map((n) => n.slug)).toEqual(['a', 'b']);
  });
});
