import { describe, expect, it } from 'vitest';
import type { PriceComparison } from '../price-comparison.ts';
import { canonicalUrl } from './canonical.ts';
import { breadcrumbJsonLd, jsonLdScript, organizationJsonLd, productJsonLd, serializeJsonLd, type ProductForJsonLd } from './json-ld.ts';
import { robotsTxt } from './robots.ts';

const origin = 'https://shop.example';
const money = (amount: number) => ({ amount, currency: 'EUR' });
const product: ProductForJsonLd = {
  title: 'Aero road',
  slug: 'aero-road',
  description: 'Fast',
  images: ['https://shop.example/media/a.svg'],
  brand: 'Velo',
  variants: [
    { sku: 'A-54', price: money(199_900), stock: { status: 'in_stock' }, gtin: '4006381333931', mpn: null },
    { sku: 'A/56', price: money(189_900), stock: { status: 'out_of_stock' }, gtin: null, mpn: 'AR-56' },
  ],
};

describe('serializeJsonLd', () => {
  it('cannot be closed or commented out early by data', () => {
    const nasty = '</script><script>alert(1)</script><!-- & \u2028';
    const text = serializeJsonLd({ name: nasty });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text).name).toBe(nasty);
    expect(jsonLdScript({ name: nasty }).match(/<\/script>/g)).toHaveLength(1);
  });
});

describe('productJsonLd', () => {
  it('gives one Offer per variant with price, currency, availability, url and identifiers', () => {
    const data = productJsonLd(product, origin, null);
    expect(data).toMatchObject({ '@type': 'Product', name: 'Aero road', brand: { name: 'Velo' }, sku: 'A-54', gtin: '4006381333931', url: 'https://shop.example/p/aero-road' });
    expect(data.offers).toEqual([
      expect.objectContaining({ '@type': 'Offer', price: '1999.00', priceCurrency: 'EUR', availability: 'https://schema.org/InStock', url: 'https://shop.example/p/aero-road?variant=A-54', sku: 'A-54', gtin: '4006381333931' }),
      expect.objectContaining({ price: '1899.00', availability: 'https://schema.org/OutOfStock', url: 'https://shop.example/p/aero-road?variant=A%2F56', mpn: 'AR-56' }),
    ]);
  });

  it('wraps the offers in an AggregateOffer only when other shops offer the product', () => {
    const store = { source: { kind: 'STORE' } };
    const rival = { source: { kind: 'PARTNER' } };
    const alone = { currency: 'EUR', lowPrice: money(189_900), highPrice: money(199_900), offers: [store] } as unknown as PriceComparison;
    expect(Array.isArray(productJsonLd(product, origin, alone).offers)).toBe(true);
    const compared = { ...alone, lowPrice: money(150_000), offers: [store, rival, rival] } as unknown as PriceComparison;
    expect(productJsonLd(product, origin, compared).offers).toMatchObject({ '@type': 'AggregateOffer', lowPrice: '1500.00', highPrice: '1999.00', offerCount: 3, offers: [{ sku: 'A-54' }, { sku: 'A/56' }] });
  });
});

describe('breadcrumbs and organisation', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    expect(breadcrumbJsonLd([{ label: 'Home', href: '/' }, { label: 'Bikes', href: '/c/bikes' }], origin)).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [{ position: 1, name: 'Home', item: 'https://shop.example/' }, { position: 2, item: 'https://shop.example/c/bikes' }],
    });
    expect(organizationJsonLd({ name: 'Tandem', url: origin, logo: `${origin}/favicon.svg` })).toMatchObject({ '@type': 'Organization', url: origin });
  });
});

describe('canonicalUrl', () => {
  it('drops tracking, sort, paging and variant parameters and keeps the ones asked for', () => {
    const url = new URL('http://127.0.0.1:3000/c/bikes?utm_source=x&sort=price-asc&page=2&ref=abc');
    expect(canonicalUrl(origin, url)).toBe('https://shop.example/c/bikes');
    expect(canonicalUrl(origin, new URL('http://x/products?brand=velo&sort=new'), ['brand'])).toBe('https://shop.example/products?brand=velo');
  });
});

describe('robotsTxt', () => {
  it('allows the shop, keeps crawlers out of private and parameterised pages, and names the sitemap', () => {
    const text = robotsTxt(origin);
    expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
    for (const path of ['/cart', '/checkout', '/account', '/search']) expect(text).toContain(`Disallow: ${path}\n`);
    expect(text).toContain('Sitemap: https://shop.example/sitemap.xml\n');
  });
});
