// schema.org structured data for search engines: the organisation (home page), breadcrumbs
// (product and category pages) and the product with its offers. Every builder returns plain
// data; `jsonLdScript` serialises it for a <script type="application/ld+json"> block.
import { schemaPrice } from '../price-comparison.ts';
import type { MoneyValue } from '../money.ts';

type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">` element that no data can break out of:
 * `<` (so no `</script>` or `<!--`), `>`, `&` and the JavaScript line separators are escaped
 * as \u sequences, which JSON parsers read back unchanged.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The whole `<script>` element, for `{@html}` in `<svelte:head>`. */
export const jsonLdScript = (data: JsonLd | JsonLd[]) => `<script type="application/ld+json">${serializeJsonLd(data)}</script>`;

export function organizationJsonLd(org: { name: string; url: string; logo: string }): JsonLd {
  return { '@context': 'https://schema.org', '@type': 'Organization', name: org.name, url: org.url, logo: org.logo };
}

/** Breadcrumbs from the home page down to the current page; `href`s are made absolute. */
export function breadcrumbJsonLd(items: readonly { label: string; href: string }[], origin: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.label, item: new URL(item.href, origin).href })),
  };
}

/** What the product JSON-LD needs to know of a variant (the catalog's VariantView fits). */
export interface OfferedVariant {
  sku: string;
  price: MoneyValue;
  stock: { status: 'in_stock' | 'low_stock' | 'out_of_stock' };
  gtin: string | null;
  mpn: string | null;
}

export interface ProductForJsonLd {
  title: string;
  slug: string;
  description: string;
  /** Absolute image URLs. */
  images: readonly string[];
  brand: string | null;
  variants: readonly OfferedVariant[];
}

const AVAILABILITY = { in_stock: 'https://schema.org/InStock', low_stock: 'https://schema.org/LimitedAvailability', out_of_stock: 'https://schema.org/OutOfStock' } as const;

/**
 * A Product with one Offer per variant (price, currency, availability, url, sku, gtin, mpn).
 * Only the store's own offers: other shops' prices (the compare-prices table) are theirs to
 * publish, and an AggregateOffer spanning them would tell search engines the store sells at
 * prices it does not (issue #17, finding 7).
 */
export function productJsonLd(product: ProductForJsonLd, origin: string): JsonLd {
  const url = `${origin}/p/${product.slug}`;
  const many = product.variants.length > 1;
  const offers = product.variants.map((v) => ({
    '@type': 'Offer',
    price: schemaPrice(v.price),
    priceCurrency: v.price.currency,
    availability: AVAILABILITY[v.stock.status],
    url: many ? `${url}?variant=${encodeURIComponent(v.sku)}` : url,
    sku: v.sku,
    ...(v.gtin ? { gtin: v.gtin } : {}),
    ...(v.mpn ? { mpn: v.mpn } : {}),
    itemCondition: 'https://schema.org/NewCondition',
  }));
  const first = product.variants[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    description: product.description,
    url,
    ...(product.images.length ? { image: [...product.images] } : {}),
    ...(product.brand ? { brand: { '@type': 'Brand', name: product.brand } } : {}),
    ...(first ? { sku: first.sku, ...(first.gtin ? { gtin: first.gtin } : {}), ...(first.mpn ? { mpn: first.mpn } : {}) } : {}),
    offers,
  };
}
