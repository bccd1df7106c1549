// Writes the demo offer feeds (partner-feed.csv, competitor-feed.json) from the demo catalog:
// GTIN, MPN, SKU and title matches, one weak title match for the review queue and a few bad
// rows. Run again after the demo catalog changes: `pnpm --filter @tandem/demo demo:feeds`.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDemoCatalog, demoGtin, demoMpn } from '@tandem/db/seed';
import { toDecimalString } from '@tandem/core/shared';

interface Item {
  slug: string;
  title: string;
  brand: string;
  sku: string;
  price: number;
}

let state = 20_261_123;
/** A small deterministic generator, so the files only change when the catalog does. */
const random = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
// Whole euros less five cents, the way shops price: 1299.00 → "1298.95 EUR".
const euros = (cents: number) => `${toDecimalString({ amount: Math.round(cents / 100) * 100 - 5, currency: 'EUR' })} EUR`;
const brandName = (slug: string) => slug.split('-').map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ');

const items: Item[] = buildDemoCatalog()
  .filter((spec) => spec.status === 'ACTIVE')
  .sort((a, b) => a.slug.localeCompare(b.slug))
  .flatMap((spec) => (spec.variants[0] ? [{ slug: spec.slug, title: spec.title, brand: brandName(spec.brandSlug), sku: spec.variants[0].sku, price: spec.variants[0].priceAmount }] : []));
const pick = (from: number, count: number, step: number) => Array.from({ length: count }, (_, i) => items[(from + i * step) % items.length] as Item);

function partnerRows(): string[][] {
  const link = (item: Item) => `https://velo-partner.example/p/${item.slug}`;
  const price = (item: Item) => euros(item.price * (0.95 + random() * 0.15));
  const shipping = () => (random() < 0.5 ? 'NL:::4.95 EUR,BE:::6.95 EUR' : 'NL:::0.00 EUR');
  return [
    ['id', 'title', 'gtin', 'mpn', 'brand', 'price', 'sale_price', 'availability', 'shipping', 'link'],
    ...pick(0, 24, 7).map((item, i) => [`VP-${1000 + i}`, item.title, demoGtin(item.sku), '', item.brand, price(item), '', i % 6 === 5 ? 'backorder' : 'in stock', shipping(), link(item)]),
    ...pick(3, 8, 11).map((item, i) => [`VP-${2000 + i}`, item.title, '', demoMpn(item.sku).toLowerCase(), item.brand, price(item), '', 'in stock', shipping(), link(item)]),
    ...pick(5, 3, 13).map((item) => [item.sku, `${item.title}, as sold by Tandem`, '', '', '', price(item), '', 'in stock', '4.95', link(item)]),
    ...pick(9, 4, 17).map((item, i) => [`VP-${3000 + i}`, i % 2 ? `${item.title.toLowerCase()}, new` : `${item.title}, new model`, '', '', '', price(item), '', 'in stock', shipping(), link(item)]),
    ['VP-4000', 'Cycling accessory, assorted', '', '', '', '19.95 EUR', '', 'in stock', 'NL:::4.95 EUR', 'https://velo-partner.example/p/assorted'],
    ['VP-9001', 'Price on request', '', '', '', 'call us', '', 'in stock', '', 'https://velo-partner.example/p/9001'],
    ['VP-9002', 'Mistyped barcode', '2012345678901', '', '', '10.00 EUR', '', 'in stock', '', 'https://velo-partner.example/p/9002'],
    ['VP-9003', 'Offer without a link', '', '', '', '10.00 EUR', '', 'in stock', '', ''],
  ];
}

function competitorItems(): Record<string, string>[] {
  const link = (item: Item) => `https://rival-cycles.example/products/${item.slug}`;
  return [
    ...pick(1, 20, 9).map((item, i) => {
      const regular = item.price * (0.9 + random() * 0.12);
      return {
        id: `RC${(500 + i).toString(36).toUpperCase()}`, title: item.title, gtin: demoGtin(item.sku), brand: item.brand, price: euros(regular),
        ...(i % 4 === 0 ? { sale_price: euros(regular * 0.88) } : {}), availability: i % 7 === 6 ? 'out of stock' : 'in stock', shipping: i % 3 === 0 ? '0 EUR' : 'NL:::5.95 EUR', link: link(item),
      };
    }),
    ...pick(4, 5, 23).map((item, i) => ({ id: `RCM${i}`, title: item.title.toUpperCase(), mpn: demoMpn(item.sku), brand: item.brand, price: euros(item.price * 0.93), shipping: '5.95 EUR', link: link(item) })),
    ...pick(12, 2, 31).map((item, i) => ({ id: `RCT${i}`, title: `${item.title} - free returns`, price: euros(item.price * 0.97), shipping: '5.95 EUR', link: link(item) })),
    { id: 'RCX1', title: 'Bike part (various sizes)', price: '24.00 EUR', shipping: '5.95 EUR', link: 'https://rival-cycles.example/products/various' },
    { id: 'RCX2', title: 'Helmet', price: '49.00 EUR', availability: 'maybe', link: 'https://rival-cycles.example/products/helmet' },
    { id: 'RCX3', title: 'Gloves', price: '20.00 EUR', sale_price: '25.00 EUR', link: 'https://rival-cycles.example/products/gloves' },
  ];
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const dir = import.meta.dirname;
await writeFile(path.join(dir, 'partner-feed.csv'), `${partnerRows().map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`);
await writeFile(path.join(dir, 'competitor-feed.json'), `${JSON.stringify({ items: competitorItems() }, null, 2)}\n`);
console.log(`Wrote partner-feed.csv and competitor-feed.json in ${dir}`);
