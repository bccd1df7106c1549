// Facet counts for a listing. Each facet is counted under every filter but its own, the way
// shop filters behave everywhere: picking a brand does not hide the other brands' counts.
import type { PrismaClient } from '@tandem/db';
import { money } from '../shared/money.ts';
import { findCategory } from './category-tree.ts';
import { productWhere, type ResolvedFilters } from './product-filters.ts';
import type { CatalogFacets, CategoryNode, FacetValue } from './types.ts';

const MAX_VALUES_PER_ATTRIBUTE = 30;

export async function listingFacets(
  prisma: PrismaClient,
  filters: ResolvedFilters,
  tree: readonly CategoryNode[],
): Promise<CatalogFacets> {
  const { query } = filters;
  const selectedAttributes = Object.keys(query.attributes ?? {});
  const [categories, brands, attributes, selectedAttributeFacets, price, inStockCount] = await Promise.all([
    categoryFacet(prisma, filters, tree),
    brandFacet(prisma, filters),
    prisma.productAttribute.groupBy({
      by: ['name', 'value'],
      where: { product: productWhere(filters), name: { notIn: selectedAttributes } },
      _count: { _all: true },
    }),
    Promise.all(
      selectedAttributes.map((name) =>
        prisma.productAttribute.groupBy({
          by: ['name', 'value'],
          where: { product: productWhere(filters, [`attribute:${name}`]), name },
          _count: { _all: true },
        }),
      ),
    ),
    prisma.product.aggregate({
      where: { ...productWhere(filters, ['price']), currency: query.currency },
      _min: { minPriceAmount: true },
      _max: { minPriceAmount: true },
    }),
    prisma.product.count({ where: { AND: [productWhere(filters, ['inStock']), { inStock: true }] } }),
  ]);
  const min = price._min.minPriceAmount;
  const max = price._max.minPriceAmount;
  return {
    categories,
    brands,
    attributes: groupAttributeValues([...attributes, ...selectedAttributeFacets.flat()], query.attributes ?? {}),
    price: min === null || max === null ? null : { min: money(min, query.currency), max: money(max, query.currency) },
    inStockCount,
  };
}

async function categoryFacet(prisma: PrismaClient, filters: ResolvedFilters, tree: readonly CategoryNode[]): Promise<FacetValue[]> {
  const selected = filters.query.category ? findCategory(tree, filters.query.category) : undefined;
  const shown = selected ? selected.children : tree;
  if (shown.length === 0) return [];
  const counts = await prisma.product.groupBy({
    by: ['categoryId'],
    where: productWhere(filters, ['category']),
    _count: { _all: true },
  });
  const byId = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  const subtreeCount = (node: CategoryNode): number =>
    (byId.get(node.id) ?? 0) + node.children.reduce((sum, child) => sum + subtreeCount(child), 0);
  return shown
    .map((node) => ({ value: node.slug, label: node.name, count: subtreeCount(node), selected: false }))
    .filter((facet) => facet.count > 0);
}

async function brandFacet(prisma: PrismaClient, filters: ResolvedFilters): Promise<FacetValue[]> {
  const counts = await prisma.product.groupBy({
    by: ['brandId'],
    where: productWhere(filters, ['brands']),
    _count: { _all: true },
  });
  const ids = counts.flatMap((c) => (c.brandId ? [c.brandId] : []));
  const brands = await prisma.brand.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } });
  const countOf = new Map(counts.map((c) => [c.brandId, c._count._all]));
  const selected = new Set(filters.query.brands ?? []);
  return brands
    .map((b) => ({ value: b.slug, label: b.name, count: countOf.get(b.id) ?? 0, selected: selected.has(b.slug) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function groupAttributeValues(
  rows: readonly { name: string; value: string; _count: { _all: number } }[],
  selected: Record<string, string[]>,
): CatalogFacets['attributes'] {
  const byName = new Map<string, FacetValue[]>();
  for (const row of rows) {
    const values = byName.get(row.name) ?? [];
    values.push({ value: row.value, label: row.value, count: row._count._all, selected: selected[row.name]?.includes(row.value) ?? false });
    byName.set(row.name, values);
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, values]) => ({
      name,
      values: values
        .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.value.localeCompare(b.value))
        .slice(0, MAX_VALUES_PER_ATTRIBUTE),
    }));
}
