// A large synthetic catalog for benchmarks: N active products drawn from the demo templates,
// inserted 1000 per transaction. Images come from a small shared pool of SVG files instead of
// one file per product. Products are keyed by slug, so a run can be resumed or repeated.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { insertProducts, upsertBrands, upsertCategories, type CatalogRefs } from './catalog-writer.ts';
import { brands } from './data/brands.ts';
import { categoryTree } from './data/categories.ts';
import { productTemplates } from './data/templates.ts';
import { brandBySlug, demoBaseDate } from './demo-catalog.ts';
import { writeProductImages } from './media-files.ts';
import { buildProduct, slugify } from './product-factory.ts';
import type { ImageSpec, ProductSpec } from './product-spec.ts';
import { createRandom, hashSeed } from './random.ts';
import type { GenerateOptions, GenerateResult } from './seed-types.ts';
import type { ProductTemplate } from './template-types.ts';

/** Templates repeated by their demo weight, so the big catalog has the demo's category mix. */
function weightedTemplates(): ProductTemplate[] {
  return productTemplates.filter((template) => !template.oneOff).flatMap((template) => Array<ProductTemplate>(template.count).fill(template));
}

const poolAccents = ['#e57a24', '#1f8a8a', '#c8322f', '#2f6fc8', '#6d4ba3'];

/** Maps an image onto the shared pool: one file per kind, colour and view, drawn the same way every time. */
function poolImage(image: ImageSpec): ImageSpec {
  const label = image.kind.replace(/-/g, ' ');
  return {
    ...image,
    file: `pool-${image.kind}-${image.colour.slice(1)}-${image.view}.svg`,
    title: label.charAt(0).toUpperCase() + label.slice(1),
    accent: poolAccents[hashSeed(image.kind) % poolAccents.length] ?? '#e57a24',
  };
}

/** Builds products [from, to) of the generated catalog for `seed` (pure and deterministic). */
export function buildGeneratedProducts(seed: number, from: number, to: number): ProductSpec[] {
  const templates = weightedTemplates();
  const root = createRandom(seed);
  const specs: ProductSpec[] = [];
  for (let index = from; index < to; index++) {
    const rng = root.fork(index);
    const template = templates[(index * 7919) % templates.length] ?? templates[0];
    if (!template) break;
    const brand = brandBySlug(rng.pick(template.brands));
    const draft = template.build({ rng, brand });
    const spec = buildProduct({ ...draft, slug: slugify(draft.title) }, {
      rng, brand, categoryPath: template.category, number: index, skuPrefix: `G${seed}-`,
      slugSuffix: `-g${seed}-${index}`, status: 'ACTIVE', featured: false,
      baseDate: demoBaseDate, imageCount: rng.int(1, 2),
    });
    specs.push({ ...spec, images: spec.images.map(poolImage) });
  }
  return specs;
}

/**
 * Creates `products` active products (with variants, attributes and pooled images) for
 * benchmarks, in batches of `batchSize` per transaction, reporting progress after each batch.
 *
 * @example
 *   await generateCatalog(db.prisma, { products: 100_000, mediaDir, onProgress: (done, total) => … });
 */
export async function generateCatalog(prisma: PrismaClient, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const batchSize = options.batchSize ?? 1000;
  const refs: CatalogRefs = {
    brandIds: await upsertBrands(prisma, brands),
    categoryIds: await upsertCategories(prisma, categoryTree),
  };
  const poolFiles = new Set<string>();
  const result: GenerateResult = { createdProducts: 0, createdVariants: 0, imageFiles: 0, durationMs: 0 };
  options.onProgress?.(0, options.products);
  for (let from = 0; from < options.products; from += batchSize) {
    const to = Math.min(options.products, from + batchSize);
    const specs = buildGeneratedProducts(seed, from, to);
    const newImages = specs.flatMap((spec) => spec.images).filter((image) => !poolFiles.has(image.file));
    for (const image of newImages) poolFiles.add(image.file);
    await writeProductImages(options.mediaDir, new Map(newImages.map((image) => [image.file, image])).values());
    const inserted = await insertProducts(prisma, specs, refs);
    result.createdProducts += inserted.products;
    result.createdVariants += inserted.variants;
    options.onProgress?.(to, options.products);
  }
  result.imageFiles = poolFiles.size;
  result.durationMs = Math.round(performance.now() - started);
  options.log?.(`Generated ${result.createdProducts} products (${result.createdVariants} variants, ${result.imageFiles} pool images) in ${result.durationMs} ms`);
  return result;
}
