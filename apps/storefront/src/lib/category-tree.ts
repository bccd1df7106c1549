// Lookups in the category tree the API returns (small enough to walk per request).

export interface CategoryLike<T extends CategoryLike<T>> {
  slug: string;
  path: string;
  children: T[];
}

/** Depth-first search for the category with this slug path ("bikes/road"). */
export function findByPath<T extends CategoryLike<T>>(tree: readonly T[], path: string): T | undefined {
  return walk(tree, (node) => node.path === path);
}

/** Depth-first search for the category with this slug. */
export function findBySlug<T extends CategoryLike<T>>(tree: readonly T[], slug: string): T | undefined {
  return walk(tree, (node) => node.slug === slug);
}

/** The categories from a root down to the one with this path (empty when absent). */
export function trail<T extends CategoryLike<T>>(tree: readonly T[], path: string): T[] {
  for (const node of tree) {
    if (node.path === path) return [node];
    if (path.startsWith(`${node.path}/`)) {
      const below = trail(node.children, path);
      if (below.length) return [node, ...below];
    }
  }
  return [];
}

/** Every category flagged as featured, in tree order; the roots when none are. */
export function featuredCategories<T extends CategoryLike<T> & { featured: boolean }>(tree: readonly T[]): T[] {
  const featured: T[] = [];
  const visit = (nodes: readonly T[]) => {
    for (const node of nodes) {
      if (node.featured) featured.push(node);
      visit(node.children);
    }
  };
  visit(tree);
  return featured.length ? featured : [...tree];
}

function walk<T extends CategoryLike<T>>(nodes: readonly T[], match: (node: T) => boolean): T | undefined {
  for (const node of nodes) {
    if (match(node)) return node;
    const found = walk(node.children, match);
    if (found) return found;
  }
  return undefined;
}
