// What the admin's marketing forms need from the API: editing saved price lists and clearance
// rules (the change takes effect, refused input names its field and changes nothing, the audit
// log keeps before and after) and the product picker's search.
import { randomUUID } from 'node:crypto';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { seedCheckoutSettings } from '@tandem/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let marketing: Caller;
let staffId: string;
let categoryId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  const staff = await signedInCustomer(db.prisma, ['CUSTOMER', 'MARKETING']);
  staffId = staff.customer.id;
  marketing = callerFor(testServices(db.prisma), { sessionToken: staff.sessionToken });
  categoryId = (await makeCategory(db.prisma, 'edit-parts')).id;
});
afterAll(() => db.close());

async function variantWith(priceAmount: number, title?: string) {
  const slug = `edit-${randomUUID().slice(0, 8)}`;
  const product = await makeProduct(db.prisma, { slug, title: title ?? slug, categoryId, variants: [{ priceAmount, stockOnHand: 10 }] });
  return db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
}

/** The zod paths a refused input names, as the admin forms show them by field. */
async function refusedFields(call: Promise<unknown>): Promise<string[]> {
  const error = (await call.then(() => null, (e: unknown) => e)) as { code?: string; cause?: { issues?: { path: PropertyKey[] }[] } } | null;
  expect(error?.code).toBe('BAD_REQUEST');
  return (error?.cause?.issues ?? []).map((issue) => issue.path.join('.'));
}

const auditOf = (entityId: string) => db.prisma.auditEntry.findMany({ where: { actorId: staffId, entityId }, orderBy: { createdAt: 'asc' } });

describe('editing a price list', () => {
  it('replaces its fields and entries, prices the sample cart with the new version, and audits before and after', async () => {
    const [a, b, c] = [await variantWith(1_000), await variantWith(2_000), await variantWith(3_000)];
    const created = await marketing.adminPricing.savePriceList({ name: 'Retail 2026', customerGroup: 'RETAILER', entries: [{ variantId: a.id, amount: 900 }, { variantId: b.id, amount: 1_800 }] });

    const edited = await marketing.adminPricing.savePriceList({
      id: created.id, name: 'Wholesale 2026', customerGroup: 'WHOLESALE', entries: [{ variantId: a.id, amount: 800 }, { variantId: c.id, amount: 2_500 }],
    });
    expect(edited).toMatchObject({ id: created.id, name: 'Wholesale 2026', customerGroup: 'WHOLESALE', entryCount: 2 });
    const stored = await marketing.adminPricing.priceList({ id: created.id });
    expect(stored?.entries).toEqual([{ variantId: a.id, amount: 800 }, { variantId: c.id, amount: 2_500 }].sort((x, y) => x.variantId.localeCompare(y.variantId)));
    expect((await marketing.adminPricing.priceLists()).filter((l) => l.id === created.id)).toHaveLength(1);

    // The saved rules (no draft) now price a wholesale buyer from the edited list, a retailer not at all.
    const lines = [{ sku: a.sku, quantity: 1 }, { sku: b.sku, quantity: 1 }];
    expect((await marketing.adminPricing.preview({ lines, customerGroup: 'WHOLESALE' })).subtotalAmount).toBe(800 + 2_000);
    expect((await marketing.adminPricing.preview({ lines, customerGroup: 'RETAILER' })).subtotalAmount).toBe(1_000 + 2_000);

    const audit = await auditOf(created.id);
    expect(audit.map((e) => e.action)).toEqual(['pricing.price-list.create', 'pricing.price-list.update']);
    expect(audit[1]).toMatchObject({
      before: expect.objectContaining({ name: 'Retail 2026', customerGroup: 'RETAILER', entries: expect.arrayContaining([{ variantId: b.id, amount: 1_800 }]) }),
      after: expect.objectContaining({ name: 'Wholesale 2026', customerGroup: 'WHOLESALE', entries: expect.arrayContaining([{ variantId: c.id, amount: 2_500 }]) }),
    });
  });

  it('refuses a window that ends before it starts or a variant listed twice, naming the field, and keeps the saved version', async () => {
    const variant = await variantWith(1_000);
    const list = await marketing.adminPricing.savePriceList({ name: 'Partners', customerGroup: 'PARTNER', entries: [{ variantId: variant.id, amount: 700 }] });
    const base = { id: list.id, name: 'Partners', customerGroup: 'PARTNER' as const };

    expect(await refusedFields(marketing.adminPricing.savePriceList({ ...base, startsAt: new Date('2026-06-01'), endsAt: new Date('2026-05-01'), entries: [] }))).toEqual(['endsAt']);
    expect(await refusedFields(marketing.adminPricing.savePriceList({ ...base, entries: [{ variantId: variant.id, amount: 600 }, { variantId: variant.id, amount: 500 }] }))).toEqual(['entries']);
    expect(await refusedFields(marketing.adminPricing.savePriceList({ ...base, name: ' ', entries: [] }))).toEqual(['name']);

    expect(await marketing.adminPricing.priceList({ id: list.id })).toMatchObject({ name: 'Partners', endsAt: null, entries: [{ variantId: variant.id, amount: 700 }] });
    expect((await auditOf(list.id)).map((e) => e.action)).toEqual(['pricing.price-list.create']);
  });

  it('says NOT_FOUND for a list that does not exist, and writes nothing', async () => {
    const missing = randomUUID();
    await expect(marketing.adminPricing.savePriceList({ id: missing, name: 'Ghost', customerGroup: 'RETAILER', entries: [] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await marketing.adminPricing.priceList({ id: missing })).toBeNull();
    expect(await auditOf(missing)).toEqual([]);
  });
});

describe('editing a clearance rule', () => {
  const rule = { name: 'Old stock', startAfterDays: 90, stepDays: 30, stepBps: 1_000, maxBps: 5_000, floorBps: 4_000 };

  it('loads the rule for the edit screen, saves the change in place and audits before and after', async () => {
    const variant = await variantWith(5_000);
    const created = await marketing.adminPricing.saveClearanceRule({ ...rule, variantIds: [variant.id] });
    expect(await marketing.adminPricing.clearanceRule({ id: created.id })).toMatchObject({ ...rule, variantIds: [variant.id], categoryIds: [], active: true });

    await marketing.adminPricing.saveClearanceRule({ ...rule, id: created.id, name: 'Old stock, deeper', categoryIds: [categoryId], maxBps: 7_000, floorBps: 2_000, active: false });
    expect(await marketing.adminPricing.clearanceRule({ id: created.id })).toMatchObject({ name: 'Old stock, deeper', variantIds: [], categoryIds: [categoryId], maxBps: 7_000, floorBps: 2_000, active: false });
    expect((await marketing.adminPricing.clearanceRules()).filter((r) => r.id === created.id)).toHaveLength(1);

    const audit = await auditOf(created.id);
    expect(audit.map((e) => e.action)).toEqual(['pricing.clearance.create', 'pricing.clearance.update']);
    expect(audit[1]).toMatchObject({ before: expect.objectContaining({ maxBps: 5_000, active: true }), after: expect.objectContaining({ maxBps: 7_000, active: false }) });
  });

  it('refuses an edit that covers nothing or goes below the floor limit, naming the field, and keeps the rule', async () => {
    const created = await marketing.adminPricing.saveClearanceRule({ ...rule, categoryIds: [categoryId] });
    expect(await refusedFields(marketing.adminPricing.saveClearanceRule({ ...rule, id: created.id }))).toEqual(['categoryIds']);
    expect(await refusedFields(marketing.adminPricing.saveClearanceRule({ ...rule, id: created.id, categoryIds: [categoryId], floorBps: 500, maxBps: 9_500 }))).toEqual(['maxBps', 'floorBps']);
    expect(await marketing.adminPricing.clearanceRule({ id: created.id })).toMatchObject({ categoryIds: [categoryId], maxBps: 5_000, floorBps: 4_000 });
    expect((await auditOf(created.id)).map((e) => e.action)).toEqual(['pricing.clearance.create']);
  });

  it('says NOT_FOUND when the rule does not exist, and the edit screen gets null', async () => {
    const missing = randomUUID();
    await expect(marketing.adminPricing.saveClearanceRule({ ...rule, id: missing, categoryIds: [categoryId] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await marketing.adminPricing.clearanceRule({ id: missing })).toBeNull();
  });
});

describe('the product picker of the marketing forms', () => {
  it('finds products by part of the title, the slug or the start of a SKU, with their variants and prices', async () => {
    const word = `wombat${randomUUID().slice(0, 6)}`;
    const variant = await variantWith(4_250, `The ${word} saddle`);
    const product = await db.prisma.product.findUniqueOrThrow({ where: { id: variant.productId } });
    const expected = [{ id: product.id, title: `The ${word} saddle`, slug: product.slug, status: product.status, variants: [{ id: variant.id, sku: variant.sku, title: variant.title, options: {}, priceAmount: 4_250, currency: 'EUR' }] }];

    expect(await marketing.adminPricing.ruleTargets({ query: word.toUpperCase() })).toEqual(expected);
    expect(await marketing.adminPricing.ruleTargets({ query: product.slug })).toEqual(expected);
    expect(await marketing.adminPricing.ruleTargets({ query: variant.sku.slice(0, -1).toLowerCase() })).toEqual(expect.arrayContaining(expected));
    expect(await marketing.adminPricing.ruleTargets({ query: `${word}-nothing` })).toEqual([]);
  });

  it('returns at most the limit asked for, and refuses an empty query', async () => {
    const word = `numbat${randomUUID().slice(0, 6)}`;
    for (let i = 0; i < 3; i++) await variantWith(1_000, `${word} bell ${i}`);
    expect(await marketing.adminPricing.ruleTargets({ query: word, limit: 2 })).toHaveLength(2);
    expect(await refusedFields(marketing.adminPricing.ruleTargets({ query: '  ' }))).toEqual(['query']);
  });

  it('names a saved rule\'s targets: the products asked for and those holding the variants asked for, deleted ones left out', async () => {
    const byProduct = await variantWith(1_500, `Chosen product ${randomUUID().slice(0, 6)}`);
    const byVariant = await variantWith(2_500, `Chosen variant ${randomUUID().slice(0, 6)}`);
    await variantWith(3_500, 'Not chosen');
    const found = await marketing.adminPricing.ruleTargetsByIds({ productIds: [byProduct.productId, randomUUID()], variantIds: [byVariant.id] });
    expect(found.map((p) => p.id).sort()).toEqual([byProduct.productId, byVariant.productId].sort());
    expect(found.find((p) => p.id === byVariant.productId)?.variants.map((v) => v.id)).toEqual([byVariant.id]);
    expect(await marketing.adminPricing.ruleTargetsByIds({})).toEqual([]);
  });
});
