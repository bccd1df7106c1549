import { randomUUID } from 'node:crypto';
import { createTestDatabase, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, signedInCustomer, testServices } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db.prisma);
  const gear = await makeCategory(db.prisma, 'gear');
  for (const slug of ['helmet', 'lock']) ids[slug] = (await makeProduct(db.prisma, { slug, title: `Title ${slug}`, categoryId: gear.id, variants: [{ priceAmount: 1_000, stockOnHand: 5 }] })).id;
});
afterAll(() => db.close());

describe('"Why these?" through the API', () => {
  it('shows each shopper only their own signals and lets them remove one', async () => {
    const mine = randomUUID().replaceAll('-', '');
    const theirs = randomUUID().replaceAll('-', '');
    const anonymous = callerFor(services);
    await anonymous.recommendations.record({ visitorId: mine, consent: true, events: [{ type: 'VIEW', productId: ids.helmet }, { type: 'VIEW', productId: ids.lock }] });
    await anonymous.recommendations.record({ visitorId: theirs, consent: true, events: [{ type: 'VIEW', productId: ids.lock }] });

    const slugs = async (visitorId?: string) => (await anonymous.recommendations.signals({ visitorId })).products.map((p) => p.product.slug).sort();
    expect(await slugs(mine)).toEqual(['helmet', 'lock']);
    expect(await slugs(theirs)).toEqual(['lock']);
    expect(await slugs()).toEqual([]);

    expect(await anonymous.recommendations.forgetSignal({ visitorId: mine, productId: ids.lock! })).toEqual({ events: 1 });
    expect(await slugs(mine)).toEqual(['helmet']);
    expect(await slugs(theirs)).toEqual(['lock']);

    // A signed-in customer without a visitor id sees their account's signals: none here.
    const { sessionToken } = await signedInCustomer(db.prisma);
    expect((await callerFor(services, { sessionToken }).recommendations.signals({})).products).toEqual([]);
  });
});
