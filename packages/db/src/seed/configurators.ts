// Seeds the configurable products: a bike builder and a commuter kit whose options consume real
// catalog variants' stock, and a made-to-measure jersey. Idempotent: an existing product (by
// slug) is left alone. The definition documents are validated by the configurator when read.
import type { PrismaClient } from '../generated/prisma/client.ts';
import { bikeBuilder, commuterKit, madeToMeasureJersey, type ConfigurableSeed, type PickedVariant } from './data/configurator-definitions.ts';

/** Real variants of a category (active, in stock, cheapest first), as option material. */
async function pickVariants(prisma: PrismaClient, categoryPath: string, match: { product?: string; variant?: string }, take: number): Promise<PickedVariant[]> {
  const rows = await prisma.productVariant.findMany({
    where: {
      stockOnHand: { gt: 0 },
      ...(match.variant ? { title: { contains: match.variant } } : {}),
      product: { status: 'ACTIVE', category: { path: categoryPath }, ...(match.product ? { title: { contains: match.product } } : {}) },
    },
    select: { id: true, title: true, priceAmount: true, product: { select: { title: true } } },
    orderBy: [{ priceAmount: 'asc' }, { id: 'asc' }],
  });
  const picked = [...new Map(rows.map((r) => [r.product.title, r])).values()].slice(0, take);
  if (picked.length < take) throw new Error(`The demo catalog has only ${picked.length} of ${take} ${categoryPath} variants for the configurators`);
  return picked.map((r) => ({ variantId: r.id, label: r.product.title, priceAmount: r.priceAmount }));
}

async function seedOne(prisma: PrismaClient, seed: ConfigurableSeed): Promise<boolean> {
  if (await prisma.product.findUnique({ where: { slug: seed.slug }, select: { id: true } })) return false;
  const category = await prisma.category.findUniqueOrThrow({ where: { path: seed.categoryPath }, select: { id: true } });
  // The card picture: an existing image of the category (the configurator draws its own preview).
  const image = await prisma.productImage.findFirst({
    where: { product: { categoryId: category.id, status: 'ACTIVE' }, position: 0 },
    select: { url: true, width: true, height: true },
    orderBy: [{ product: { slug: 'asc' } }],
  });
  await prisma.$transaction(async (tx) => {
    const product = await tx.product.create({
      data: {
        slug: seed.slug,
        title: seed.title,
        description: seed.description,
        status: 'ACTIVE',
        categoryId: category.id,
        publishedAt: new Date('2026-11-01T00:00:00.000Z'),
        variants: { create: { sku: seed.base.sku, title: seed.base.title, priceAmount: seed.base.priceAmount, currency: 'EUR', stockOnHand: seed.base.stock, weightGrams: seed.base.weightGrams } },
        attributes: { create: [{ name: 'configurable', value: 'yes' }] },
        ...(image ? { images: { create: { url: image.url, alt: seed.title, width: image.width, height: image.height } } } : {}),
      },
      select: { id: true, variants: { select: { id: true } } },
    });
    await tx.configurableProduct.create({ data: { productId: product.id, baseVariantId: product.variants[0]!.id, definition: seed.definition } });
  });
  return true;
}

/** Seeds the three configurable products (one base variant each); `created` counts this run's. */
export async function seedConfigurators(prisma: PrismaClient): Promise<{ total: number; created: number }> {
  const pick = (path: string, match: { product?: string; variant?: string }, take: number) => pickVariants(prisma, path, match, take);
  const seeds = [
    bikeBuilder({
      groupsets: await pick('components/drivetrain', { product: 'Chainset' }, 3),
      discBrakes: await pick('components/brakes', { product: 'Hydraulic Disc Brake' }, 1),
      wheels: await pick('components/wheels', { variant: 'Wheelset' }, 3),
    }),
    madeToMeasureJersey(),
    commuterKit({
      helmets: await pick('accessories/helmets', {}, 3),
      lights: await pick('accessories/lights', { product: 'Light Set' }, 2),
      locks: await pick('accessories/locks', {}, 3),
    }),
  ];
  let created = 0;
  for (const seed of seeds) if (await seedOne(prisma, seed)) created++;
  return { total: seeds.length, created };
}
