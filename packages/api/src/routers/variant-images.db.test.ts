// The picture follows the chosen variant (issue #17, finding 6): a product whose images are
// tagged with colours shows each variant's own image on the product page and in the cart line.
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, testServices } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;
const variantIds: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db.prisma);
  const category = await makeCategory(db.prisma, 'bikes');
  const colours = ['Black', 'Red', 'Green'];
  const product = await makeProduct(db.prisma, {
    slug: 'city-bike',
    categoryId: category.id,
    variants: colours.map((colour, i) => ({ priceAmount: 50_000 + i * 1_000, optionValues: { colour }, sku: `CITY-${colour}` })),
  });
  // The factory's untagged image stays first; then one tagged image per colour but Green.
  await db.prisma.productImage.createMany({
    data: ['Black', 'Red'].map((colour, i) => ({ productId: product.id, url: `/media/products/city-${colour}.png`, alt: `City bike in ${colour}`, width: 600, height: 450, position: i + 1, optionValues: { colour } })),
  });
  for (const v of await db.prisma.productVariant.findMany({ where: { productId: product.id } })) variantIds[v.sku] = v.id;
});
afterAll(() => db.close());

describe('variant images', () => {
  it('gives each variant on the product page the image tagged with its colour', async () => {
    const product = await callerFor(services).catalog.bySlug({ slug: 'city-bike' });
    const image = Object.fromEntries(product.variants.map((v) => [v.sku, v.image?.url]));
    expect(image).toEqual({ 'CITY-Black': '/media/products/city-Black.png', 'CITY-Red': '/media/products/city-Red.png', 'CITY-Green': '/media/products/city-bike.svg' });
    expect(product.images.map((i) => i.url)).toEqual(['/media/products/city-bike.svg', '/media/products/city-Black.png', '/media/products/city-Red.png']);
  });

  it('shows the chosen colour in the cart line, not the product\'s first image', async () => {
    const { cart, cartToken } = await callerFor(services).cart.addLine({ variantId: variantIds['CITY-Red']!, quantity: 1 });
    const after = await callerFor(services, { cartToken }).cart.addLine({ variantId: variantIds['CITY-Green']!, quantity: 1 });
    expect(cart.lines[0]!.image).toEqual({ url: '/media/products/city-Red.png', alt: 'City bike in Red', width: 600, height: 450 });
    expect(after.cart.lines.map((l) => [l.sku, l.image?.url])).toEqual([['CITY-Red', '/media/products/city-Red.png'], ['CITY-Green', '/media/products/city-bike.svg']]);
  });
});
