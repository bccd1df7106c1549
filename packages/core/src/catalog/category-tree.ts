// Pure operations on the category tree, which is small enough to hold in memory per request.
import type { CategoryNode } from './types.ts';

export interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  path: string;
  description: string;
  featured: boolean;
  depth: number;
  position: number;
  parentId: string | null;
}

/**
 * Builds the tree from flat rows, ordered by position then name, with each node's product
 * count summed over its sub-tree. `directCounts` maps a category id to its own products.
 */
export function buildCategoryTree(rows: readonly CategoryRow[], directCounts: ReadonlyMap<string, number>): CategoryNode[] {
  const nodes = new Map<string, CategoryNode & { position: number }>();
  for (const row of rows) {
    nodes.set(row.id, {
      id: row.id,
      slug: row.slug,
      name: row.name,
      path: row.path,
      description: row.description,
      featured: row.featured,
      depth: row.depth,
      position: row.position,
      productCount: 0,
      children: [],
    });
  }
  const roots: (CategoryNode & { position: number })[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const finish = (list: (CategoryNode & { position: number })[]): CategoryNode[] => {
    list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    return list.map(({ position: _position, ...node }) => {
      const children = finish(node.children as (CategoryNode & { position: number })[]);
      const productCount = (directCounts.get(node.id) ?? 0) + children.reduce((sum, c) => sum + c.productCount, 0);
      return { ...node, children, productCount };
    });
  };
  return finish(roots);
}

/** Depth-first search for the node with this slug. */
export function findCategory(tree: readonly CategoryNode[], slug: string): CategoryNode | undefined {
  for (const node of tree) {
    if (node.slug === slug) return node;
    const found = findCategory(node.children, slug);
    if (found) return found;
  }
  return undefined;
}

/** The ids of a node and every node below it. */
export function subtreeIds(node: CategoryNode): string[] {
  return [node.id, ...node.children.flatMap(subtreeIds)];
}

/** The nodes from a root down to the node with this id (empty when absent). */
export function ancestry(tree: readonly CategoryNode[], id: string): CategoryNode[] {
  for (const node of tree) {
    if (node.id === id) return [node];
    const below = ancestry(node.children, id);
    if (below.length) return [node, ...below];
  }
  return [];
}
