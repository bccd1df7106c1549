// The generated benchmark catalog (the same products `generateCatalog` writes for Tandem, same
// seed) as Vendure's import files: a products CSV for `populate()` from `@vendure/core/cli` and the
// initial data it needs. Brand, root category and attributes become facets, each root category a
// collection filtered by its facet value. Images are left out (Vendure runs without assets).
import { writeFile } from 'node:fs/promises';
import { buildGeneratedProducts } from '@tandem/db/seed';

/** The generator seed bench/lib/prepare.ts uses, so both shops hold the same products. */
const SEED = 10_000;

const HEADER = ['name', 'slug', 'description', 'assets', 'facets', 'optionGroups', 'optionValues', 'sku', 'price', 'taxCategory', 'stockOnHand', 'trackInventory', 'variantAssets', 'variantFacets'];
const TAX = 'Standard Tax';

const cell = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
/** Facet and option names may not hold the separators of Vendure's CSV cells. */
const clean = (value: string) => value.replace(/[:|]/g, ' ').trim();
export const rootCategoryName = (categoryPath: string) => {
  const root = categoryPath.split('/')[0] ?? categoryPath;
  return root.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
};

export async function writeVendureCatalog(products: number, csvFile: string, initialDataFile: string): Promise<void> {
  const specs = buildGeneratedProducts(SEED, 0, products);
  const rows = [HEADER.join(',')];
  const roots = new Set<string>();
  for (const spec of specs) {
    roots.add(rootCategoryName(spec.categoryPath));
    const facets = [`brand:${clean(spec.brandSlug)}`, `category:${rootCategoryName(spec.categoryPath)}`, ...spec.attributes.map((a) => `${clean(a.name)}:${clean(a.value)}`)];
    const groups = Object.keys(spec.variants[0]?.optionValues ?? {});
    spec.variants.forEach((variant, i) => {
      const first = i === 0;
      rows.push([
        first ? spec.title : '', first ? spec.slug : '', first ? spec.description : '', '', first ? facets.join('|') : '',
        first ? groups.map(clean).join('|') : '', groups.map((g) => clean(variant.optionValues[g] ?? '-')).join('|'),
        variant.sku, (variant.priceAmount / 100).toFixed(2), TAX, variant.stockOnHand, 'true', '', '',
      ].map(cell).join(','));
    });
  }
  await writeFile(csvFile, `${rows.join('\n')}\n`);
  const initialData = {
    defaultLanguage: 'en',
    defaultZone: 'Europe',
    taxRates: [{ name: TAX, percentage: 20 }],
    shippingMethods: [{ name: 'Standard Shipping', price: 500 }],
    paymentMethods: [],
    countries: [{ name: 'Germany', code: 'DE', zone: 'Europe' }],
    collections: [...roots].sort().map((name) => ({ name, filters: [{ code: 'facet-value-filter', args: { facetValueNames: [name], containsAny: false } }] })),
  };
  await writeFile(initialDataFile, JSON.stringify(initialData, null, 2));
  console.error(`Wrote ${specs.length} products (${rows.length - 1} variants) to ${csvFile} and ${roots.size} collections to ${initialDataFile}`);
}
