// The filters of a search as SQL predicates over a "SearchDocument" row aliased `d`, kept by
// name: each facet is counted under every filter but its own (disjunctive faceting).
import { Prisma } from '@tandem/db';
import type { SearchFilters } from '../port.ts';
import { attributeKey } from './write-documents.ts';

export interface FilterPredicates {
  category?: Prisma.Sql;
  brands?: Prisma.Sql;
  price?: Prisma.Sql;
  bestPrice?: Prisma.Sql;
  inStock?: Prisma.Sql;
  /** One predicate per filtered attribute name. */
  attributes: Map<string, Prisma.Sql>;
}

export function filterPredicates(filters: SearchFilters = {}): FilterPredicates {
  const predicates: FilterPredicates = { attributes: new Map() };
  if (filters.category) predicates.category = Prisma.sql`d."categoryPaths" @> ARRAY[${filters.category}]::text[]`;
  if (filters.brands?.length) predicates.brands = Prisma.sql`d."brandSlug" = ANY(${filters.brands}::text[])`;
  if (filters.priceMin !== undefined || filters.priceMax !== undefined) {
    predicates.price = Prisma.sql`d."priceMinAmount" BETWEEN ${filters.priceMin ?? 0} AND ${filters.priceMax ?? 2_147_483_647}`;
  }
  if (filters.bestPriceMax !== undefined) predicates.bestPrice = Prisma.sql`d."bestPriceAmount" <= ${filters.bestPriceMax}`;
  if (filters.inStock) predicates.inStock = Prisma.sql`d."inStock"`;
  for (const [name, values] of Object.entries(filters.attributes ?? {})) {
    if (values.length) predicates.attributes.set(name, Prisma.sql`d.attributes && ${values.map((v) => attributeKey(name, v))}::text[]`);
  }
  return predicates;
}

type Excluded = 'category' | 'brands' | 'price' | 'inStock' | { attribute: string } | null;

/** Every filter AND-ed except `excluded`; TRUE when none is left. */
export function allFiltersBut(predicates: FilterPredicates, excluded: Excluded): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  for (const name of ['category', 'brands', 'price', 'bestPrice', 'inStock'] as const) {
    const predicate = predicates[name];
    if (predicate && excluded !== name) parts.push(predicate);
  }
  for (const [name, predicate] of predicates.attributes) {
    if (!(excluded && typeof excluded === 'object' && excluded.attribute === name)) parts.push(predicate);
  }
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`;
}

/**
 * Every filter evaluated once per matched document, as boolean columns of the materialised
 * matches (`columns`, for its SELECT list, `TRUE` when there is no filter), and the same filters
 * as references to those columns (`flags`, for allFiltersBut over rows aliased `d`; `names`
 * lists them, to group by). The totals and every facet then test booleans instead of re-running
 * array containment per row.
 */
export function filterFlags(predicates: FilterPredicates): { columns: Prisma.Sql; names: Prisma.Sql; flags: FilterPredicates } {
  const columns: Prisma.Sql[] = [];
  const names: Prisma.Sql[] = [];
  const flags: FilterPredicates = { attributes: new Map() };
  const flag = (column: string, predicate: Prisma.Sql): Prisma.Sql => {
    columns.push(Prisma.sql`${predicate} AS ${Prisma.raw(`"${column}"`)}`);
    names.push(Prisma.raw(`d."${column}"`));
    return Prisma.raw(`d."${column}"`);
  };
  for (const name of ['category', 'brands', 'price', 'bestPrice', 'inStock'] as const) {
    const predicate = predicates[name];
    if (predicate) flags[name] = flag(`f_${name}`, predicate);
  }
  [...predicates.attributes].forEach(([name, predicate], i) => flags.attributes.set(name, flag(`f_attribute_${i}`, predicate)));
  if (!columns.length) return { columns: Prisma.sql`TRUE AS f_none`, names: Prisma.sql`d.f_none`, flags };
  return { columns: Prisma.join(columns, ', '), names: Prisma.join(names, ', '), flags };
}

/**
 * Which filters an unnested attribute pair `a` ("name=value") of a row is counted under: a pair
 * of a filtered attribute under every filter but that attribute's, any other pair under all.
 */
export function attributeFacetCondition(predicates: FilterPredicates): Prisma.Sql {
  const all = allFiltersBut(predicates, null);
  if (!predicates.attributes.size) return all;
  return Prisma.sql`CASE split_part(a, '=', 1) ${Prisma.join(
    [...predicates.attributes.keys()].map((name) => Prisma.sql`WHEN ${name} THEN ${allFiltersBut(predicates, { attribute: name })}`),
    ' ',
  )} ELSE ${all} END`;
}
