// What the category picker lists: every category of the tree, named by its trail from the top
// ("Bikes › Road") so two "Accessories" can be told apart, found by any part of its name, slug
// or trail — names that start with what was typed first.
import type { PickerOption } from './options';

/** A category as the API's tree gives it (catalog.categories). */
export interface CategoryTreeNode {
  id: string;
  slug: string;
  name: string;
  productCount: number;
  children: CategoryTreeNode[];
}

export interface FlatCategory {
  id: string;
  slug: string;
  name: string;
  /** "Bikes › Road". */
  trail: string;
  productCount: number;
}

/** The tree, depth first, each node with its trail. */
export function flattenCategories(tree: readonly CategoryTreeNode[], parents: readonly string[] = []): FlatCategory[] {
  return tree.flatMap((node) => {
    const names = [...parents, node.name];
    return [{ id: node.id, slug: node.slug, name: node.name, trail: names.join(' › '), productCount: node.productCount }, ...flattenCategories(node.children, names)];
  });
}

/**
 * The categories matching `query` (case and accents ignored), best first, at most `limit`.
 *
 * @example categoryOptions(flattenCategories(tree), 'road') // [{ value: 'c1', label: 'Bikes › Road', detail: 'road · 12 products in the store' }]
 */
export function categoryOptions(categories: readonly FlatCategory[], query: string, limit = 20): PickerOption[] {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const q = fold(query.trim());
  if (!q) return [];
  const rank = (c: FlatCategory) => (fold(c.name).startsWith(q) ? 0 : fold(c.name).includes(q) ? 1 : fold(c.slug).includes(q) ? 2 : fold(c.trail).includes(q) ? 3 : -1);
  return categories
    .map((c) => ({ c, r: rank(c) }))
    .filter(({ r }) => r >= 0)
    .sort((a, b) => a.r - b.r || a.c.trail.localeCompare(b.c.trail))
    .slice(0, limit)
    .map(({ c }) => ({ value: c.id, label: c.trail, detail: `${c.slug} · ${c.productCount} ${c.productCount === 1 ? 'product' : 'products'} in the store` }));
}

/** The trail of category `id`, for a form shown again with it chosen; '' when unknown. */
export const categoryTrail = (categories: readonly FlatCategory[], id: string) => categories.find((c) => c.id === id)?.trail ?? '';

/** The trail of category `id` from the admin's flat list (each row with its slug path `bikes/road`); '' when unknown. */
export function trailOf(rows: readonly { id: string; name: string; path: string }[], id: string): string {
  const row = rows.find((r) => r.id === id);
  if (!row) return '';
  const byPath = new Map(rows.map((r) => [r.path, r.name]));
  const parts = row.path.split('/');
  return parts.map((_, i) => byPath.get(parts.slice(0, i + 1).join('/')) ?? parts[i]).join(' › ');
}
