// The Prisma selection behind a product card and its mapping to the public shape.
import type { Prisma } from '@tandem/db';
import { money } from '../shared/index.ts';
import type { ProductCard } from './types.ts';

export const productCardSelect = {
  id: true,
  slug: true,
  title: true,
  minPriceAmount: true,
  maxPriceAmount: true,
  currency: true,
  inStock: true,
  createdAt: true,
  configurable: { select: { id: true } },
  brand: { select: { slug: true, name: true } },
  category: { select: { slug: true, name: true, path: true } },
  images: { select: { url: true, alt: true, width: true, height: true }, orderBy: { position: 'asc' }, take: 1 },
  variants: {
    select: { priceAmount: true, compareAtAmount: true },
    orderBy: [{ priceAmount: 'asc' }, { position: 'asc' }],
    take: 1,
  },
} satisfies Prisma.ProductSelect;

export type ProductCardRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

export function toProductCard(row: ProductCardRow): ProductCard {
  const cheapest = row.variants[0];
  // A configurable product's variant is only its base; its "was" price would compare the base with a whole build.
  const onSale = row.configurable === null && cheapest?.compareAtAmount != null && cheapest.compareAtAmount > cheapest.priceAmount;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    brand: row.brand,
    category: row.category,
    price: { min: money(row.minPriceAmount, row.currency), max: money(row.maxPriceAmount, row.currency) },
    configurable: row.configurable !== null,
    compareAt: onSale ? money(cheapest.compareAtAmount!, row.currency) : null,
    inStock: row.inStock,
    image: row.images[0] ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
