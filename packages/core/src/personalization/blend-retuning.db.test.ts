// The daily re-tuning job end to end on real orders: a slice of the Online Retail log imported as
// the store's own paid orders (June–August 2011, 26 repeat customers, 40 best sellers:
// retail-slice.test-support.ts), then `retuneServingBlend` as the interval job runs
// it. The slice holds 151 orders over 92 days: the job's own thresholds (500 orders) keep it
// from trying; lowered through its options it evaluates the grid on the held-out month, and the
// real orders give both outcomes: the built-in setting kept (August held out) and a setting
// learned (July held out).
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blendSettingOf, RETUNING_MIN_DAYS, RETUNING_MIN_ORDERS } from './blend-retuning.ts';
import { SERVING_BLEND_SETTING } from './for-you.ts';
import { importRetailSlice } from './retail-slice.test-support.ts';
import { retuneServingBlend, servingBlendSetting } from './serving-blend.ts';

/** Below the slice's orders and days (151 over 92 days; 98 over 60 up to July), so the job runs on it. */
const LOWERED = { minOrders: 50, minDays: 60 };

let db: TestDatabase;
let asOf: Date;
const JULY_END = new Date('2011-08-01T00:00:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  asOf = await importRetailSlice(db.prisma);
}, 60_000);
afterAll(() => db.close());

const storedRow = () => db.prisma.recommendationBlendSetting.findUnique({ where: { id: 1 } });

describe('re-tuning the blend on imported orders', () => {
  it('tries nothing below its own thresholds and stores nothing', async () => {
    const outcome = await retuneServingBlend(db.prisma, asOf);
    expect(outcome).toMatchObject({ kind: 'too_little_history', history: { orders: 151, customers: 26 } });
    expect(outcome.history.orders).toBeLessThan(RETUNING_MIN_ORDERS);
    expect(outcome.history.days).toBeGreaterThanOrEqual(RETUNING_MIN_DAYS);
    expect(await storedRow()).toBeNull();
  });

  it('evaluates the grid on the held-out month, keeps the built-in setting on a tie and removes an earlier learned one, which serving stops reading', async () => {
    const earlier = { boughtTogether: 0.5, viewedTogether: 0.5, content: 0.5, popularFill: 0.1, popularPrior: 0, halfLifeDays: 14 };
    await db.prisma.recommendationBlendSetting.create({ data: { id: 1, ...earlier, hitRate: 0.5, defaultHitRate: 0.4, orders: 600, customers: 90, historyDays: 120, learnedAt: new Date('2011-08-01T00:00:00Z') } });
    expect(await servingBlendSetting(db.prisma)).toEqual(blendSettingOf(earlier));

    const outcome = await retuneServingBlend(db.prisma, asOf, LOWERED);
    // On this slice no setting of the grid beats the built-in one on the held-out month (16 of 19 customers hit at 10).
    expect(outcome).toMatchObject({ kind: 'built_in_kept', history: { orders: 151, customers: 26, days: 92 } });
    if (outcome.kind !== 'built_in_kept') return;
    expect(outcome.hitRate).toBeCloseTo(outcome.builtInHitRate, 12);
    expect(outcome.builtInHitRate).toBeGreaterThan(0);
    expect(await storedRow()).toBeNull();
    expect(await servingBlendSetting(db.prisma)).toEqual(SERVING_BLEND_SETTING);
  });

  it('stores a setting that beats the built-in one, and serving reads it back', async () => {
    // The same job a month earlier: July held out, 98 orders over 60 days; the 14-day half-life
    // with content weighed in hits 14 of the 18 held-out customers, the built-in setting 13.
    const outcome = await retuneServingBlend(db.prisma, JULY_END, LOWERED);
    expect(outcome).toMatchObject({ kind: 'learned', history: { orders: 98, customers: 26, days: 60 } });
    if (outcome.kind !== 'learned') return;
    expect(outcome.hitRate).toBeGreaterThan(outcome.builtInHitRate);
    expect(outcome.setting).not.toEqual(SERVING_BLEND_SETTING);
    const row = await storedRow();
    expect(row).toMatchObject({ hitRate: outcome.hitRate, defaultHitRate: outcome.builtInHitRate, orders: 98, customers: 26, historyDays: 60, learnedAt: JULY_END });
    expect(blendSettingOf(row!)).toEqual(outcome.setting);
    expect(await servingBlendSetting(db.prisma)).toEqual(outcome.setting);
  });
});
