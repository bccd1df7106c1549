// Inputs of the catalog API, shared by the tRPC routers and the storefront's URL parsing.
import { z } from 'zod';
import { line } from './text.ts';

export const Slug = line()
  .trim()
  .min(1, 'A slug cannot be empty')
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'A slug is lower-case letters, digits and single dashes');

/** ISO 4217 currency code. */
export const CurrencyCode = line().regex(/^[A-Z]{3}$/, 'A currency is a three-letter ISO code such as EUR');

/** An amount of money in minor units (cents); never negative in a filter. */
export const MinorAmount = z.number().int('Amounts are whole minor units (cents)').min(0).max(1_000_000_000);

export const CatalogSort = z.enum(['newest', 'price-asc', 'price-desc', 'name-asc', 'name-desc']);
export type CatalogSort = z.infer<typeof CatalogSort>;

export const AttributeName = line().trim().min(1).max(60).regex(/^[a-z0-9-]+$/, 'Attribute names are lower-case words joined by dashes');
export const AttributeValue = line().trim().min(1).max(120);

type FilterRanges = { minPrice?: number | undefined; maxPrice?: number | undefined; attributes?: Record<string, string[]> | undefined };

/** Refinements shared by the listing and search inputs: `.refine(...priceRangeInOrder)`. */
export const priceRangeInOrder = [
  (input: FilterRanges) => input.minPrice === undefined || input.maxPrice === undefined || input.minPrice <= input.maxPrice,
  { message: 'The lowest price must not be above the highest price', path: ['minPrice'] as PropertyKey[] },
] as const;

export const fewAttributeFilters = [
  (input: FilterRanges) => Object.keys(input.attributes ?? {}).length <= 20,
  { message: 'At most 20 attributes can be filtered at once', path: ['attributes'] as PropertyKey[] },
] as const;

export const CatalogListInput = z
  .object({
    /** A category slug; products of its sub-categories are included. */
    category: Slug.optional(),
    /** Brand slugs; a product of any of them matches. */
    brands: z.array(Slug).max(50).optional(),
    /** Lowest price, in minor units of `currency`. */
    minPrice: MinorAmount.optional(),
    /** Highest price, in minor units of `currency`. */
    maxPrice: MinorAmount.optional(),
    currency: CurrencyCode.default('EUR'),
    /** Attribute filters: within one attribute any value matches, across attributes all must. */
    attributes: z.record(AttributeName, z.array(AttributeValue).min(1).max(50)).optional(),
    inStock: z.boolean().optional(),
    sort: CatalogSort.default('newest'),
    /** Opaque cursor from a previous page's `nextCursor`. */
    cursor: line().max(500).optional(),
    limit: z.number().int().min(1).max(100).default(24),
    /** Leave facet counts out when the caller does not show them (cheaper). */
    withFacets: z.boolean().default(true),
  })
  .refine(...priceRangeInOrder)
  .refine(...fewAttributeFilters);
export type CatalogListInput = z.input<typeof CatalogListInput>;
export type CatalogListQuery = z.output<typeof CatalogListInput>;

export const CatalogBySlugInput = z.object({ slug: Slug });
export type CatalogBySlugInput = z.infer<typeof CatalogBySlugInput>;

export const CatalogFeaturedInput = z.object({ limit: z.number().int().min(1).max(48).default(8) });
