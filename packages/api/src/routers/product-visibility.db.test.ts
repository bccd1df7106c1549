// Every public procedure that takes a product or variant from its caller answers for a draft or
// archived product exactly as for an unknown one (NOT_FOUND or its empty answer), and never shows
// the hidden product's title or price; the same calls succeed once the product is active. The
// list of procedures is read from the router itself, so a new one cannot skip the catalog's rule.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProductStatus } from '@tandem/db';
import { seedCheckoutSettings, seedDemoCatalog } from '@tandem/db/seed';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { appRouter } from '../root.ts';
import { callerFor, codeOf, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

/** The product under test in each role: a plain one (with a group buy) and a configurable one. */
interface Subject {
  productId: string;
  slug: string;
  variantId: string;
  dealSlug: string;
  configurableSlug: string;
  configurableId: string;
  choices: Record<string, unknown>;
}

/** NOT_FOUND, or the empty answer it gives an unknown id (`quietWhenActive`: this fixture has nothing to show even then). */
type Hidden = 'NOT_FOUND' | { empty: unknown; quietWhenActive?: true };

/** A public procedure that takes a product reference: how to call it, and its answer for a hidden product. */
interface Case {
  call: (api: Caller, s: Subject) => Promise<unknown>;
  hidden: Hidden;
}

const requestKey = () => randomBytes(24).toString('base64url');

const CASES: Record<string, Case> = {
  'catalog.bySlug': { call: (api, s) => api.catalog.bySlug({ slug: s.slug }), hidden: 'NOT_FOUND' },
  'cart.addLine': { call: (api, s) => api.cart.addLine({ variantId: s.variantId, quantity: 1 }), hidden: 'NOT_FOUND' },
  'support.ask': {
    call: (api, s) => api.support.ask({ requestKey: requestKey(), name: 'Ada Guest', email: 'ada@example.test', message: 'When does this ship to Utrecht?', productId: s.productId }),
    hidden: 'NOT_FOUND',
  },
  'recommendations.forProduct': { call: (api, s) => api.recommendations.forProduct({ productId: s.productId, limit: 4 }), hidden: { empty: { boughtTogether: [], similar: [] } } },
  'recommendations.forCart': { call: (api, s) => api.recommendations.forCart({ productIds: [s.productId], limit: 4 }), hidden: { empty: [] } },
  'configurator.product': { call: (api, s) => api.configurator.product({ slug: s.configurableSlug }), hidden: 'NOT_FOUND' },
  'configurator.isConfigurable': { call: (api, s) => api.configurator.isConfigurable({ slug: s.configurableSlug }), hidden: { empty: false } },
  'configurator.evaluate': { call: (api, s) => api.configurator.evaluate({ slug: s.configurableSlug, choices: s.choices as never }), hidden: 'NOT_FOUND' },
  'configurator.save': { call: (api, s) => api.configurator.save({ slug: s.configurableSlug, choices: s.choices as never }), hidden: 'NOT_FOUND' },
  'configurator.addToCart': { call: (api, s) => api.configurator.addToCart({ slug: s.configurableSlug, choices: s.choices as never, quantity: 1 }), hidden: 'NOT_FOUND' },
  'offers.forProduct': { call: (api, s) => api.offers.forProduct({ slug: s.slug }), hidden: 'NOT_FOUND' },
  'promotions.productPrices': { call: (api, s) => api.promotions.productPrices({ productIds: [s.productId, s.configurableId] }), hidden: { empty: [] } },
  'partnerContent.forProduct': { call: (api, s) => api.partnerContent.forProduct({ productId: s.productId, limit: 3 }), hidden: { empty: [], quietWhenActive: true } },
  'groupBuys.forProduct': { call: (api, s) => api.groupBuys.forProduct({ productId: s.productId }), hidden: { empty: [] } },
  'groupBuys.bySlug': { call: (api, s) => api.groupBuys.bySlug({ slug: s.dealSlug }), hidden: 'NOT_FOUND' },
};

/** Procedures whose input names a product-like field but that read nothing about a product, and why. */
const NOT_PRODUCT_READS: Record<string, string> = {
  'rings.index': 'a web-ring slug', 'rings.join': 'a web-ring slug', 'rings.leave': 'a web-ring slug', 'rings.snippet': 'a web-ring slug', 'rings.reorder': 'a web-ring slug',
  'partnerContent.forCategory': 'a category slug',
  'offers.confirmMatch': 'catalog staff only',
  'offers.importFeed': 'catalog staff only',
  'offers.setFeedSchedule': 'catalog staff only; an offer source slug',
  'offers.removeFeedSchedule': 'catalog staff only; an offer source slug',
  'offers.fetchFeedNow': 'catalog staff only; an offer source slug',
  'affiliate.recordClick': 'echoes the slug into a redirect path; reads nothing about the product',
  'recommendations.record': 'records behaviour events; answers nothing about the product',
  'recommendations.forgetSignal': 'deletes the shopper’s own events of a product; answers only how many',
  'groupBuys.join': 'checkout: the deal quote refuses a hidden product (NOT_FOUND), covered by the group-buy tests',
  'groupBuys.leave': 'a participant leaving a deal they are already in',
};

/** Field names anywhere in a zod input (objects, arrays, optionals, pipes…), for finding product references. */
function fieldNames(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def ?? {};
  const shape = def['shape'] as Record<string, unknown> | undefined;
  const own = shape ? Object.entries(shape).flatMap(([key, value]) => [key, ...fieldNames(value, seen)]) : [];
  const inner = ['innerType', 'element', 'in', 'out', 'left', 'right', 'valueType'].flatMap((key) => fieldNames(def[key], seen));
  const options = Array.isArray(def['options']) ? def['options'].flatMap((option) => fieldNames(option, seen)) : [];
  return [...own, ...inner, ...options];
}

/** Public (non-staff) procedures with an input field naming a product, variant or slug. */
function proceduresTakingAProduct(): string[] {
  const procedures = (appRouter._def as unknown as { procedures: Record<string, { _def: { inputs: unknown[] } }> }).procedures;
  return Object.entries(procedures)
    .filter(([name]) => !/^(admin|staff)/.test(name))
    .filter(([, procedure]) => procedure._def.inputs.flatMap((input) => fieldNames(input)).some((field) => /product|variant|slug/i.test(field)))
    .map(([name]) => name)
    .sort();
}

const UNKNOWN: Subject = {
  productId: 'cnoproduct0000000000000000', slug: 'no-such-product', variantId: 'cnovariant0000000000000000', dealSlug: 'no-such-deal',
  configurableSlug: 'no-such-configurable', configurableId: 'cnoconfigurable00000000000', choices: {},
};

let db: TestDatabase;
let services: ApiServices;
let mediaDir: string;
let subject: Subject;
let secrets: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  mediaDir = await mkdtemp(path.join(tmpdir(), 'tandem-visibility-'));
  await seedCheckoutSettings(db.prisma);
  await seedDemoCatalog(db.prisma, { mediaDir });
  services = testServices(db.prisma);
  const slug = `secret-${randomUUID().slice(0, 8)}`;
  const title = `Secret prototype ${slug}`;
  const categoryId = (await makeCategory(db.prisma, `unreleased-${slug}`)).id;
  const product = await makeProduct(db.prisma, { slug, title, categoryId, variants: [{ priceAmount: 98_765, stockOnHand: 10 }] });
  const variant = await db.prisma.productVariant.findFirstOrThrow({ where: { productId: product.id } });
  const admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['CUSTOMER', 'ADMIN'])).sessionToken });
  const deal = await admin.adminGroupBuys.create({
    slug: `deal-${slug}`, title: 'Prototype club', variantId: variant.id, minParticipants: 2, maxQuantity: 1,
    endsAt: new Date(Date.now() + 86_400_000), tiers: [{ minParticipants: 1, unitAmount: 90_000 }],
  });
  const neighbour = await db.prisma.product.findFirstOrThrow({ where: { status: 'ACTIVE', configurable: null }, select: { id: true } });
  // Shoppers bought it with another product, so the recommenders have something to say about it.
  await db.prisma.productNeighbour.create({ data: { kind: 'BOUGHT_TOGETHER', productId: product.id, rank: 0, neighbourId: neighbour.id, score: 1 } });
  const configurable = await db.prisma.product.findFirstOrThrow({ where: { configurable: { isNot: null } }, select: { id: true, slug: true, title: true } });
  const { definition } = await callerFor(services).configurator.product({ slug: configurable.slug });
  subject = { productId: product.id, slug, variantId: variant.id, dealSlug: deal.slug, configurableSlug: configurable.slug, configurableId: configurable.id, choices: definition.defaults };
  secrets = [title, configurable.title, '98765', '90000'];
});
afterAll(async () => {
  await db.close();
  await rm(mediaDir, { recursive: true, force: true });
});

async function setStatus(status: ProductStatus) {
  await db.prisma.product.updateMany({ where: { id: { in: [subject.productId, subject.configurableId] } }, data: { status } });
}

describe('the catalog visibility rule on every public product read', () => {
  it('covers every public procedure that takes a product, variant or slug', () => {
    const listed = [...Object.keys(CASES), ...Object.keys(NOT_PRODUCT_READS)].sort();
    expect(proceduresTakingAProduct()).toEqual(listed);
  });

  it('answers every call for an active product', async () => {
    await setStatus('ACTIVE');
    for (const [name, c] of Object.entries(CASES)) {
      const result = await c.call(callerFor(services), subject).catch((error: unknown) => error);
      expect(result, name).not.toBeInstanceOf(Error);
      if (typeof c.hidden === 'object' && !c.hidden.quietWhenActive) expect(result, `${name} has something to show`).not.toEqual(c.hidden.empty);
    }
  });

  for (const [status, label] of [['DRAFT', 'a draft'], ['ARCHIVED', 'an archived']] as const) {
    it(`answers for ${label} product as for an unknown one, without its title or price`, async () => {
      await setStatus(status);
      try {
        for (const [name, c] of Object.entries(CASES)) {
          const api = callerFor(services);
          if (c.hidden === 'NOT_FOUND') {
            expect(await codeOf(c.call(api, subject)), name).toBe('NOT_FOUND');
          } else {
            const result = await c.call(api, subject);
            expect(result, name).toEqual(c.hidden.empty);
            expect(result, `${name} as for an unknown id`).toEqual(await c.call(api, UNKNOWN));
          }
        }
        const shown = JSON.stringify(await Promise.all(Object.values(CASES).map((c) => c.call(callerFor(services), subject).catch((error: unknown) => String(error)))));
        for (const secret of secrets) expect(shown).not.toContain(secret);
      } finally {
        await setStatus('ACTIVE');
      }
    });
  }
});
