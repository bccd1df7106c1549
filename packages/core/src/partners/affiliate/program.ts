// The affiliate programme's settings (one row) and its commission rules, as other parts of the
// affiliate context read them. Writes by administrators are in program-admin.ts.
import type { AffiliateProgramModel as AffiliateProgram, CommissionRuleModel as CommissionRule, Prisma, PrismaClient } from '@tandem/db';
import type { CommissionRate, CommissionRuleInput } from './commission-rules.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** The programme as the rest of the context uses it. */
export interface ProgramSettings {
  attributionWindowDays: number;
  attributionModel: 'LAST_CLICK' | 'FIRST_CLICK';
  holdDays: number;
  defaultRate: CommissionRate;
  floodClicksPerMinute: number;
}

export function settingsOf(row: AffiliateProgram): ProgramSettings {
  return {
    attributionWindowDays: row.attributionWindowDays,
    attributionModel: row.attributionModel,
    holdDays: row.holdDays,
    defaultRate: row.defaultKind === 'PERCENT'
      ? { kind: 'PERCENT', percentBps: row.defaultPercentBps }
      : { kind: 'FIXED', fixedAmount: row.defaultFixedAmount, currency: row.defaultCurrency },
    floodClicksPerMinute: row.floodClicksPerMinute,
  };
}

/** The settings row; the migration creates it, and this recreates it with the defaults if it was deleted. */
export async function programRow(db: Db): Promise<AffiliateProgram> {
  return db.affiliateProgram.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
}

export async function programSettings(db: Db): Promise<ProgramSettings> {
  return settingsOf(await programRow(db));
}

export function rateOfRule(rule: CommissionRule): CommissionRate {
  return rule.kind === 'PERCENT'
    ? { kind: 'PERCENT', percentBps: rule.percentBps ?? 0 }
    : { kind: 'FIXED', fixedAmount: rule.fixedAmount ?? 0, currency: rule.currency ?? 'EUR' };
}

/** The rules that can apply to a partner's lines: theirs and the category-only ones. */
export async function rulesForPartner(db: Db, partnerId: string): Promise<CommissionRuleInput[]> {
  const rows = await db.commissionRule.findMany({ where: { OR: [{ partnerId }, { partnerId: null }] } });
  return rows.map((r) => ({ id: r.id, partnerId: r.partnerId, categoryId: r.categoryId, rate: rateOfRule(r) }));
}
