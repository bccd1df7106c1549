import type { PrismaClient } from '@tandem/db';
import { buildCategoryTree, type CategoryRow } from './category-tree.ts';
import { VISIBLE } from './visibility.ts';
import type { CategoryNode } from './types.ts';

const categoryRowSelect = {
  id: true,
  slug: true,
  name: true,
  path: true,
  description: true,
  featured: true,
  depth: true,
  position: true,
  parentId: true,
} as const;

function loadCategoryRows(prisma: PrismaClient): Promise<CategoryRow[]> {
  return prisma.category.findMany({ select: categoryRowSelect });
}

/** The whole category tree with counts of the shopper-visible products in each sub-tree. */
export async function loadCategoryTree(prisma: PrismaClient): Promise<CategoryNode[]> {
  const [rows, counts] = await Promise.all([
    loadCategoryRows(prisma),
    prisma.product.groupBy({ by: ['categoryId'], where: VISIBLE, _count: { _all: true } }),
  ]);
  return buildCategoryTree(rows, new Map(counts.map((c) => [c.categoryId, c._count._all])));
}

/** The category tree without product counts (every `productCount` is 0): one cheap query. */
export async function loadCategoryStructure(prisma: PrismaClient): Promise<CategoryNode[]> {
  return buildCategoryTree(await loadCategoryRows(prisma), new Map());
}
