// The demo shop: ~240 products across the category tree, the same on every run. Brands and
// categories are upserted; products missing by slug are inserted; images are written only when
// missing or changed. Rerunning changes nothing.
import { seedCheckoutSettings } from './checkout-settings.ts';
import { seedSupport } from './support.ts';
import { seedConfigurators } from './configurators.ts';
import { seedDemoPromotions } from './demo-promotions.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { upsertBrands, upsertCategories, insertProducts } from './catalog-writer.ts';
import { brands, type BrandData } from './data/brands.ts';
import { categoryTree } from './data/categories.ts';
import { productTemplates } from './data/templates.ts';
import { writeProductImages } from './media-files.ts';
import { buildProduct, slugify } from './product-factory.ts';
import type { ProductSpec, ProductStatusName } from './product-spec.ts';
import { createRandom, type Random } from './random.ts';
import type { SeedOptions, SeedResult } from './seed-types.ts';
import type { ProductDraft, ProductTemplate } from './template-types.ts';

/** Products are dated within the year before this fixed date, so reruns produce equal rows. */
export const demoBaseDate = new Date('2026-11-01T00:00:00.000Z');
const demoSeed = 20_261_101;
const featuredCount = 12;

export function brandBySlug(slug: string): BrandData {
  const brand = brands.find((candidate) => candidate.slug === slug);
  if (!brand) throw new Error(`Unknown brand "${slug}" in a product template`);
  return brand;
}

/** Drafts a product whose slug is not taken yet, retrying a few times before adding a suffix. */
function uniqueDraft(template: ProductTemplate, rng: Random, brand: BrandData, taken: Set<string>): { draft: ProductDraft; slug: string } {
  let draft = template.build({ rng, brand });
  for (let attempt = 0; taken.has(draft.slug ?? slugify(draft.title)) && attempt < 20; attempt++) {
    draft = template.build({ rng, brand });
  }
  let slug = draft.slug ?? slugify(draft.title);
  for (let n = 2; taken.has(slug); n++) slug = `${slugify(draft.title)}-${n}`;
  return { draft: { ...draft, slug }, slug };
}

function rollStatus(rng: Random): ProductStatusName {
  const roll = rng.next();
  return roll < 0.06 ? 'DRAFT' : roll < 0.1 ? 'ARCHIVED' : 'ACTIVE';
}

/** Builds the demo catalog in memory (pure and deterministic). */
export function buildDemoCatalog(): ProductSpec[] {
  const root = createRandom(demoSeed);
  const taken = new Set<string>();
  const specs: ProductSpec[] = [];
  productTemplates.forEach((template, t) => {
    for (let i = 0; i < template.count; i++) {
      const rng = root.fork(`${template.category}:${t}:${i}`);
      const status = template.oneOff ? 'ACTIVE' : rollStatus(rng);
      const brand = brandBySlug(template.brands[i % template.brands.length] ?? '');
      const { draft, slug } = uniqueDraft(template, rng, brand, taken);
      taken.add(slug);
      specs.push(buildProduct(draft, {
        rng, brand, categoryPath: template.category, number: specs.length + 1,
        status, featured: template.oneOff ?? false, baseDate: demoBaseDate,
      }));
    }
  });
  const candidates = specs.filter((spec) => spec.status === 'ACTIVE' && !spec.featured);
  const already = specs.filter((spec) => spec.featured).length;
  for (const spec of root.fork('featured').sample(candidates, featuredCount - already)) spec.featured = true;
  return specs;
}

/**
 * Seeds the demo cycling shop: category tree, brands, ~240 products with variants, attributes
 * and SVG images. Idempotent: a second run inserts nothing and rewrites no image.
 *
 * @example
 *   const result = await seedDemoCatalog(db.prisma, { mediaDir: defaultMediaDir, log: console.log });
 */
export async function seedDemoCatalog(prisma: PrismaClient, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  let stepStarted = started;
  const step = <T>(name: string, value: T): T => {
    const now = performance.now();
    options.onStep?.(name, now - stepStarted);
    stepStarted = now;
    return value;
  };
  const brandIds = await upsertBrands(prisma, brands);
  const categoryIds = step('brands and categories', await upsertCategories(prisma, categoryTree));
  const specs = step('build the catalog in memory', buildDemoCatalog());
  const media = step('product images', await writeProductImages(options.mediaDir, specs.flatMap((spec) => spec.images)));
  log(`Images: ${media.written} written, ${media.unchanged} up to date in ${options.mediaDir}/products`);
  const inserted = step('products, variants, attributes, images rows', await insertProducts(prisma, specs, { brandIds, categoryIds }));
  step('checkout settings', await seedCheckoutSettings(prisma));
  step('support', await seedSupport(prisma));
  const configurators = step('configurators', await seedConfigurators(prisma));
  if (configurators.created > 0) log(`Configurators: ${configurators.created} configurable products inserted`);
  step('promotions', await seedDemoPromotions(prisma));
  const variants = specs.reduce((sum, spec) => sum + spec.variants.length, 0);
  log(`Demo catalog: ${inserted.products} of ${specs.length} products inserted (${variants} variants) in ${Math.round(performance.now() - started)} ms`);
  return {
    products: specs.length + configurators.total,
    categories: categoryIds.size,
    brands: brandIds.size,
    variants: variants + configurators.total,
    createdProducts: inserted.products + configurators.created,
    writtenImages: media.written,
  };
}
