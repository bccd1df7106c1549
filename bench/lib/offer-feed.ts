// A synthetic offer feed for the benchmark, built from the generated catalog's variants: most
// rows carry the GTIN, some only the MPN and brand, some the store's SKU, a few only a title.
import type { Database } from '@tandem/db';

interface VariantRow {
  sku: string;
  gtin: string | null;
  mpn: string | null;
  title: string;
  brand: string | null;
  priceAmount: number;
}

export interface BenchFeed {
  csv: string;
  json: string;
  rows: number;
  mix: Record<'gtin' | 'mpn' | 'sku' | 'title', number>;
}

const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export async function benchFeed(db: Database, rows: number): Promise<BenchFeed> {
  const variants = await db.prisma.$queryRawUnsafe<VariantRow[]>(
    `SELECT v.sku, v.gtin, v.mpn, p.title, b.name AS brand, v."priceAmount"
       FROM "ProductVariant" v JOIN "Product" p ON p.id = v."productId" LEFT JOIN "Brand" b ON b.id = p."brandId"
      WHERE p.status = 'ACTIVE' ORDER BY v.sku LIMIT $1`,
    rows,
  );
  if (variants.length < rows) throw new Error(`The catalog has ${variants.length} active variants; the feed needs ${rows}.`);
  const mix = { gtin: 0, mpn: 0, sku: 0, title: 0 };
  const items = variants.map((v, i) => {
    // 80 % GTIN, 12 % MPN + brand, 7 % SKU, 1 % title only.
    const kind = i % 100 < 80 ? 'gtin' : i % 100 < 92 ? 'mpn' : i % 100 < 99 ? 'sku' : 'title';
    mix[kind]++;
    const price = `${(Math.round(v.priceAmount * (0.9 + (i % 20) / 100)) / 100).toFixed(2)} EUR`;
    return {
      id: kind === 'sku' ? v.sku : `B-${i}`,
      title: kind === 'title' ? `${v.title}, new` : v.title,
      gtin: kind === 'gtin' ? (v.gtin ?? '') : '',
      mpn: kind === 'mpn' ? (v.mpn ?? '') : '',
      brand: kind === 'mpn' ? (v.brand ?? '') : '',
      price,
      availability: i % 10 === 9 ? 'out of stock' : 'in stock',
      shipping: i % 2 ? 'NL:::4.95 EUR' : '0 EUR',
      link: `https://bench.example/p/${i}`,
    };
  });
  const header = Object.keys(items[0] ?? {});
  const csv = [header.join(','), ...items.map((item) => Object.values(item).map(csvField).join(','))].join('\r\n');
  return { csv, json: JSON.stringify(items), rows, mix };
}
