// Facet counts and the total of a listing in one SQL statement. Each active filter is
// evaluated once per product into a flag column; every facet then counts the products whose
// flags pass for all filters but its own.
import { Prisma, type PrismaClient } from '@tandem/db';
import type { CatalogListQuery } from '@tandem/validators';
import { money } from '../shared/index.ts';
import type { RawFacetCounts } from './facet-counting.ts';
import type { ListingPredicates, FilterName } from './listing-predicates.ts';
import type { CatalogFacets, CategoryNode, FacetValue } from './types.ts';

const MAX_VALUES_PER_ATTRIBUTE = 30;

type FacetRow = {
  total: bigint | number;
  in_stock: bigint | number;
  price_min: number | null;
  price_max: number | null;
  brands: [slug: string, name: string, count: number][] | null;
  categories: [categoryId: string, count: number][] | null;
  attributes: [name: string, value: string, count: number][] | null;
};

export interface ListingCounts {
  total: number;
  facets: CatalogFacets;
}

export async function listingCounts(
  prisma: PrismaClient,
  query: CatalogListQuery,
  predicates: ListingPredicates,
  shownCategories: readonly CategoryNode[],
): Promise<ListingCounts> {
  const names = [...predicates.active.keys()];
  const flag = (name: FilterName) => Prisma.raw(`f.f${names.indexOf(name)}`);
  const passes = (except?: FilterName) => {
    const kept = names.filter((n) => n !== except).map(flag);
    return kept.length ? Prisma.join(kept, ' AND ') : Prisma.sql`TRUE`;
  };
  const flagColumns = names.length
    ? Prisma.sql`, ${Prisma.join(names.map((name, i) => Prisma.sql`(${predicates.active.get(name)!}) AS ${Prisma.raw(`f${i}`)}`), ', ')}`
    : Prisma.empty;
  const selectedAttributes = names.filter((n) => n.startsWith('attribute:'));
  const attributeCounts = [
    Prisma.sql`SELECT a.name, a.value, count(*)::int AS n FROM f JOIN "ProductAttribute" a ON a."productId" = f.id
      WHERE ${passes()} AND a.name <> ALL(${selectedAttributes.map((n) => n.slice('attribute:'.length))}::text[])
      GROUP BY a.name, a.value`,
    ...selectedAttributes.map(
      (name) => Prisma.sql`SELECT a.name, a.value, count(*)::int AS n FROM f JOIN "ProductAttribute" a ON a."productId" = f.id
        WHERE ${passes(name)} AND a.name = ${name.slice('attribute:'.length)}
        GROUP BY a.name, a.value`,
    ),
  ];

  const [row] = await prisma.$queryRaw<FacetRow[]>`
    WITH f AS MATERIALIZED (
      SELECT p.id, p."brandId", p."categoryId", p."minPriceAmount", p.currency, p."inStock" ${flagColumns}
      FROM "Product" p WHERE p.status = 'ACTIVE'
    )
    SELECT
      (SELECT count(*) FROM f WHERE ${passes()}) AS total,
      (SELECT count(*) FROM f WHERE ${passes('inStock')} AND f."inStock") AS in_stock,
      (SELECT min(f."minPriceAmount") FROM f WHERE ${passes('price')} AND f.currency = ${query.currency}) AS price_min,
      (SELECT max(f."minPriceAmount") FROM f WHERE ${passes('price')} AND f.currency = ${query.currency}) AS price_max,
      (SELECT json_agg(json_build_array(b.slug, b.name, c.n)) FROM (
         SELECT f."brandId", count(*)::int AS n FROM f WHERE ${passes('brands')} AND f."brandId" IS NOT NULL GROUP BY f."brandId"
       ) c JOIN "Brand" b ON b.id = c."brandId") AS brands,
      (SELECT json_agg(json_build_array(c."categoryId", c.n)) FROM (
         SELECT f."categoryId", count(*)::int AS n FROM f WHERE ${passes('category')} GROUP BY f."categoryId"
       ) c) AS categories,
      (SELECT json_agg(json_build_array(x.name, x.value, x.n)) FROM (${Prisma.join(attributeCounts, ' UNION ALL ')}) x) AS attributes
  `;
  if (!row) throw new Error('The facet query returned no row');
  return shapeListingCounts(
    {
      total: Number(row.total),
      inStock: Number(row.in_stock),
      priceMin: row.price_min,
      priceMax: row.price_max,
      brands: row.brands ?? [],
      categories: row.categories ?? [],
      attributes: row.attributes ?? [],
    },
    query,
    shownCategories,
  );
}

/** Shapes raw counts (from the SQL above or the in-memory facet index) for the listing page. */
export function shapeListingCounts(raw: RawFacetCounts, query: CatalogListQuery, shownCategories: readonly CategoryNode[]): ListingCounts {
  return {
    total: raw.total,
    facets: {
      categories: categoryFacet(shownCategories, raw.categories),
      brands: brandFacet(raw.brands, query.brands ?? []),
      attributes: attributeFacet(raw.attributes, query.attributes ?? {}),
      price:
        raw.priceMin === null || raw.priceMax === null
          ? null
          : { min: money(raw.priceMin, query.currency), max: money(raw.priceMax, query.currency) },
      inStockCount: raw.inStock,
    },
  };
}

function categoryFacet(shown: readonly CategoryNode[], counts: readonly [string, number][]): FacetValue[] {
  const byId = new Map(counts);
  const subtreeCount = (node: CategoryNode): number =>
    (byId.get(node.id) ?? 0) + node.children.reduce((sum, child) => sum + subtreeCount(child), 0);
  return shown
    .map((node) => ({ value: node.slug, label: node.name, count: subtreeCount(node), selected: false }))
    .filter((facet) => facet.count > 0);
}

function brandFacet(rows: readonly [string, string, number][], selected: readonly string[]): FacetValue[] {
  return rows
    .map(([slug, name, count]) => ({ value: slug, label: name, count, selected: selected.includes(slug) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function attributeFacet(rows: readonly [string, string, number][], selected: Record<string, string[]>): CatalogFacets['attributes'] {
  const byName = new Map<string, FacetValue[]>();
  for (const [name, value, count] of rows) {
    const values = byName.get(name) ?? [];
    values.push({ value, label: value, count, selected: selected[name]?.includes(value) ?? false });
    byName.set(name, values);
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
