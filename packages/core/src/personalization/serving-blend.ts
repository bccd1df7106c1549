// The blend setting the store serves: the one learned on its own orders (RecommendationBlendSetting)
// when the re-tuning job found one that beat the built-in setting, else SERVING_BLEND_SETTING.
// Read once per process and client, then again after SETTING_CACHE_MS: the job runs daily, so a
// process serving the previous setting for a few minutes more costs nothing.
import { Prisma, type PrismaClient } from '@tandem/db';
import { catalogFeatures } from '../catalog/index.ts';
import { purchasedLines } from '../orders/index.ts';
import { blendSettingOf, retuneBlend, storedBlendSetting, type RetuningOutcome, type StoredBlendSetting } from './blend-retuning.ts';
import { SERVING_BLEND_SETTING, type BlendSetting } from './for-you.ts';
import type { Sql } from './sql.ts';

const SETTING_CACHE_MS = 10 * 60_000;
/** The orders learned from: the recommendation window (recompute-recommendations.ts). */
const RETUNING_WINDOW_DAYS = 180;
const ROW_ID = 1;

const cache = new WeakMap<Sql, { setting: Readonly<BlendSetting>; readAt: number }>();

/** The setting to serve with, cached for SETTING_CACHE_MS per client. */
export async function servingBlendSetting(sql: Sql, nowMs = Date.now()): Promise<Readonly<BlendSetting>> {
  const cached = cache.get(sql);
  if (cached && nowMs - cached.readAt < SETTING_CACHE_MS) return cached.setting;
  const setting = await readStoredSetting(sql);
  cache.set(sql, { setting, readAt: nowMs });
  return setting;
}

async function readStoredSetting(sql: Sql): Promise<Readonly<BlendSetting>> {
  const [row] = await sql.$queryRaw<StoredBlendSetting[]>(Prisma.sql`
    SELECT "boughtTogether", "viewedTogether", content, "popularFill", "popularPrior", "halfLifeDays" FROM "RecommendationBlendSetting" WHERE id = ${ROW_ID}`);
  return row ? blendSettingOf(row) : SERVING_BLEND_SETTING;
}

/**
 * The re-tuning job: learns on the paid orders of the last RETUNING_WINDOW_DAYS and stores the
 * setting when it beat the built-in one on the held-out days. When the built-in setting wins
 * (or ties), an earlier learned setting is removed: it no longer beats it on today's orders.
 * Too little history changes nothing.
 *
 * @example const outcome = await retuneServingBlend(prisma, new Date()); // outcome.kind: 'learned' | 'built_in_kept' | 'too_little_history'
 */
export async function retuneServingBlend(prisma: PrismaClient, now: Date, options: { minOrders?: number; minDays?: number } = {}): Promise<RetuningOutcome> {
  const purchases = await purchasedLines(prisma, { since: new Date(now.getTime() - RETUNING_WINDOW_DAYS * 86_400_000), until: now });
  const outcome = retuneBlend({ lines: purchases, products: await catalogFeatures(prisma), now, ...options });
  if (outcome.kind === 'built_in_kept') await prisma.recommendationBlendSetting.deleteMany({ where: { id: ROW_ID } });
  if (outcome.kind === 'learned') {
    const data = storedBlendSetting(outcome, now);
    await prisma.recommendationBlendSetting.upsert({ where: { id: ROW_ID }, create: { id: ROW_ID, ...data }, update: data });
  }
  if (outcome.kind !== 'too_little_history') cache.delete(prisma);
  return outcome;
}
