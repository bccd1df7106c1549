import { seedCheckoutSettings } from '@tandem/db/seed';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeShippingMethods, taxAndShippingOf, taxRateBpsOf } from './rate-tables.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedCheckoutSettings(db.prisma);
  // An inactive method and one without rates: the first is left out, the second listed empty.
  await db.prisma.shippingMethod.create({ data: { code: 'retired', name: 'Retired', kind: 'FLAT', active: false, rates: { create: [{ amount: 100, currency: 'EUR' }] } } });
  await db.prisma.shippingMethod.create({ data: { code: 'unpriced', name: 'Unpriced', kind: 'FLAT', position: 99 } });
});
afterAll(() => db.close());

const byCountryAndWeight = (methods: Awaited<ReturnType<typeof activeShippingMethods>>) =>
  methods.map((m) => ({ ...m, rates: [...m.rates].sort((a, b) => `${a.country}:${a.maxWeightGrams}:${a.currency}`.localeCompare(`${b.country}:${b.maxWeightGrams}:${b.currency}`)) }));

describe('taxAndShippingOf', () => {
  it('reads in one statement what the tax rate and the active methods read separately', async () => {
    for (const country of ['NL', 'DE', 'US']) {
      const together = await taxAndShippingOf(db.prisma, country);
      expect(together.taxRateBps).toBe(await taxRateBpsOf(db.prisma, country));
      expect(byCountryAndWeight(together.methods)).toEqual(byCountryAndWeight(await activeShippingMethods(db.prisma)));
    }
    expect((await taxAndShippingOf(db.prisma, 'US')).taxRateBps).toBeNull();
    const codes = (await taxAndShippingOf(db.prisma, 'NL')).methods.map((m) => m.code);
    expect(codes).not.toContain('retired');
    expect(codes.at(-1)).toBe('unpriced');
  });
});
