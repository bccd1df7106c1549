// Issue #17, finding 4: a configurable product is advertised at the price of its cheapest valid
// build — in listings, price filters, the product page (and so its JSON-LD), display prices,
// search and the merchant feed — and a definition or base price change moves that price.
import { evaluateConfiguration, refreshAllFromPrices, type ConfigChoices, type ConfiguratorDefinition } from '@tandem/core/configurator';
import { reindexAll, storeSearchSettings } from '@tandem/core/search';
import { productFeed } from '@tandem/core/seo';
import { createDemoTestDatabase, TEST_STOREFRONT_URL, type DemoTestDatabase } from '@tandem/db/testing';
import { PostgresSearchEngine } from '@tandem/search/postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor, signedInCustomer, type Caller } from '../testing/callers.ts';

let db: DemoTestDatabase;
let caller: Caller;
let engine: PostgresSearchEngine;

const BIKE = 'build-your-road-bike';
const JERSEY = 'made-to-measure-jersey';
const KIT = 'commuter-kit-bundle';

beforeAll(async () => {
  db = await createDemoTestDatabase();
  // What apps/api does at start-up after seeding.
  await refreshAllFromPrices(db.prisma);
  engine = new PostgresSearchEngine(db.prisma);
  caller = callerFor(createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, search: engine }));
  await engine.applySettings(storeSearchSettings);
}, 120_000);
afterAll(() => db.close());

/** An oracle independent of the search: every combination of the single-choice groups, the rest at their defaults. */
function bruteForceCheapest(definition: ConfiguratorDefinition): number {
  let choices: ConfigChoices[] = [{ ...definition.defaults }];
  for (const group of definition.groups) {
    if (group.kind !== 'single') continue;
    const without = (c: ConfigChoices): ConfigChoices => Object.fromEntries(Object.entries(c).filter(([id]) => id !== group.id));
    choices = choices.flatMap((c) => [...group.options.map((o) => ({ ...c, [group.id]: o.id })), ...(group.required ? [] : [without(c)])]);
  }
  if (definition.groups.some((g) => g.kind === 'multiple')) choices = choices.map((c) => ({ ...c, ...Object.fromEntries(definition.groups.filter((g) => g.kind === 'multiple').map((g) => [g.id, []])) }));
  return Math.min(...choices.map((c) => evaluateConfiguration(definition, c)).filter((e) => e.valid).map((e) => e.price.total));
}

async function cheapestOf(slug: string): Promise<number> {
  return bruteForceCheapest((await caller.configurator.product({ slug })).definition);
}

async function feedPrice(sku: string): Promise<string | undefined> {
  let tsv = '';
  for await (const chunk of productFeed(db.prisma, { format: 'tsv', baseUrl: TEST_STOREFRONT_URL })) tsv += chunk;
  const header = tsv.split('\n')[0]!.split('\t');
  const line = tsv.split('\n').map((l) => l.split('\t')).find((cells) => cells[header.indexOf('id')] === sku);
  return line?.[header.indexOf('price')];
}

describe('configurable products are advertised at their cheapest valid build', () => {
  it('lists, shows and prices the road bike at €1,595.99, not its €249 workshop base', async () => {
    const cheapest = await cheapestOf(BIKE);
    // The issue's €1,610.99 is the cheapest build with the default 28 mm tyres; race tyres cost nothing extra.
    expect(cheapest).toBe(159_599);
    const list = await caller.catalog.list({ attributes: { configurable: ['yes'] }, withFacets: false });
    expect(list.items.find((p) => p.slug === BIKE)).toMatchObject({ price: { min: { amount: cheapest }, max: { amount: cheapest } }, configurable: true, compareAt: null });
    const detail = await caller.catalog.bySlug({ slug: BIKE });
    expect(detail.price.min.amount).toBe(cheapest);
    // The JSON-LD Offer is built from these variant prices.
    expect(detail.variants.map((v) => v.price.amount)).toEqual([cheapest]);
    const [display] = await caller.promotions.productPrices({ productIds: [detail.id] });
    expect(display).toMatchObject({ min: cheapest, regularMin: cheapest, label: null });
    expect(await feedPrice('CFG-BIKE-BUILD')).toBe('1595.99 EUR');
    // The store's own offer in the compare-prices table (and its JSON-LD AggregateOffer).
    const compared = await caller.offers.forProduct({ slug: BIKE });
    expect(compared?.offers.find((o) => o.source.kind === 'STORE')?.price.amount).toBe(cheapest);
  });

  it('advertises the jersey and the commuter kit at their cheapest valid builds too', async () => {
    const list = await caller.catalog.list({ attributes: { configurable: ['yes'] }, withFacets: false, sort: 'price-asc' });
    for (const slug of [JERSEY, KIT]) {
      const cheapest = await cheapestOf(slug);
      expect(list.items.find((p) => p.slug === slug)?.price.min.amount, slug).toBe(cheapest);
      expect((await caller.catalog.bySlug({ slug })).variants[0]?.price.amount, slug).toBe(cheapest);
    }
    expect(await cheapestOf(KIT)).toBeGreaterThan(500);
    // Sorting and price filters use the same number.
    const prices = list.items.map((p) => p.price.min.amount);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const underBike = await caller.catalog.list({ attributes: { configurable: ['yes'] }, maxPrice: 100_000, withFacets: false });
    expect(underBike.items.map((p) => p.slug)).not.toContain(BIKE);
  });

  it('indexes the cheapest build for search: its price, price filters and the "from" mark', async () => {
    await reindexAll(db.prisma, engine);
    const cheapest = await cheapestOf(BIKE);
    const page = await caller.search.query({ q: 'build your road bike' });
    expect(page.hits.find((h) => h.slug === BIKE)).toMatchObject({ price: { min: { amount: cheapest } }, configurable: true, compareAt: null });
    // The "best offer" sort and filter start from the store's own offer, shipping included.
    expect(page.hits.find((h) => h.slug === BIKE)?.bestPrice.amount).toBeGreaterThanOrEqual(cheapest);
    const cheap = await caller.search.query({ q: 'build your road bike', maxPrice: 100_000 });
    expect(cheap.hits.map((h) => h.slug)).not.toContain(BIKE);
  });

  it('moves the advertised price when the definition or the base price changes', async () => {
    const admin = callerFor(createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, search: engine }), { sessionToken: (await signedInCustomer(db.prisma, ['ADMIN'])).sessionToken });
    const listed = async () => (await caller.catalog.bySlug({ slug: BIKE })).price.min.amount;
    const before = await listed();
    const { definition } = await caller.configurator.product({ slug: BIKE });
    const frame = definition.groups.find((g) => g.id === 'frame')!;
    if (frame.kind !== 'single') throw new Error('frame is a single choice');
    // A steel rim-brake frame €100 cheaper than the alloy one.
    const alloy = frame.options.find((o) => o.id === 'allroad_alloy')!;
    await admin.adminConfigurator.upsertGroup({ slug: BIKE, group: { ...frame, options: [...frame.options, { ...alloy, id: 'steel', label: 'Steel frame (rim brake)', price: { kind: 'fixed', amount: 39_900 } }] } });
    const rules = (await caller.configurator.product({ slug: BIKE })).definition.rules.map((r) => (r.kind === 'requires' && r.option.option === 'rim' ? { ...r, anyOf: [...r.anyOf, { group: 'frame', option: 'steel' }] } : r));
    await admin.adminConfigurator.setRules({ slug: BIKE, rules });
    expect(await listed()).toBe(before - 10_000);
    expect(await listed()).toBe(await cheapestOf(BIKE));
    // The workshop raises its base price by €20: the product row follows through the roll-up.
    const base = await db.prisma.configurableProduct.findFirstOrThrow({ where: { product: { slug: BIKE } }, select: { baseVariantId: true } });
    await db.prisma.productVariant.update({ where: { id: base.baseVariantId }, data: { priceAmount: { increment: 2_000 } } });
    expect(await listed()).toBe(before - 10_000 + 2_000);
    expect(await listed()).toBe(await cheapestOf(BIKE));
  });
});

describe('the commuter kit states its true saving', () => {
  it('claims exactly what the shopper saves against buying the three parts alone, box fee included', async () => {
    const detail = await caller.catalog.bySlug({ slug: KIT });
    const claimed = Number(/save €(\d+)/.exec(detail.description)?.[1]) * 100;
    const { definition } = await caller.configurator.product({ slug: KIT });
    const kit = evaluateConfiguration(definition, definition.defaults);
    const parts = await db.prisma.productVariant.findMany({ where: { id: { in: kit.components.map((c) => c.variantId) } }, select: { priceAmount: true } });
    const separately = parts.reduce((sum, p) => sum + p.priceAmount, 0);
    expect(claimed).toBe(separately - kit.price.total);
  });
});
