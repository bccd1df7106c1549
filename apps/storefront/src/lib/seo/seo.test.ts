import { describe, expect, it } from 'vitest';
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
    const data = productJsonLd(product, origin);
    expect(data).toMatchObject({ '@type': 'Product', name: 'Aero road', brand: { name: 'Velo' }, sku: 'A-54', gtin: '4006381333931', url: 'https://shop.example/p/aero-road' });
    expect(data.offers).toEqual([
      expect.objectContaining({ '@type': 'Offer', price: '1999.00', priceCurrency: 'EUR', availability: 'https://schema.org/InStock', url: 'https://shop.example/p/aero-road?variant=A-54', sku: 'A-54', gtin: '4006381333931' }),
      expect.objectContaining({ price: '1899.00', availability: 'https://schema.org/OutOfStock', url: 'https://shop.example/p/aero-road?variant=A%2F56', mpn: 'AR-56' }),
    ]);
  });

  it('lists only the store\'s own offers, never a competitor\'s price', () => {
    // The page once handed the compare-prices table in as a third argument, which turned the
    // offers into an AggregateOffer with a partner's highPrice; such a call must change nothing.
    const rivals = { currency: 'EUR', lowPrice: money(150_000), highPrice: money(250_000), offers: [{ source: { kind: 'STORE' } }, { source: { kind: 'PARTNER' } }] };
    const build = productJsonLd as (...args: unknown[]) => ReturnType<typeof productJsonLd>;
    expect(build(product, origin, rivals)).toEqual(productJsonLd(product, origin));
    const offers = productJsonLd(product, origin).offers as { price: string; url: string }[];
    expect(Array.isArray(offers)).toBe(true);
    expect(offers.map((o) => o.price)).toEqual(['1999.00', '1899.00']);
    expect(offers.every((o) => o.url.startsWith(`${origin}/p/aero-road`))).toBe(true);
    expect(JSON.stringify(productJsonLd(product, origin))).not.toMatch(/AggregateOffer|highPrice/);
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
