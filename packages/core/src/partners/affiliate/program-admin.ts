// Administrators edit the programme (window, model, hold, default rate) and its commission
// rules; every change is audited in its transaction. Inputs are validated by zod at the API
// edge (`@tandem/validators`); the checks here are the ones zod cannot make.
import type { AffiliateProgramModel as AffiliateProgram, CommissionRuleModel as CommissionRule, CommissionRuleKind, PrismaClient } from '@tandem/db';
import { DomainError } from '../../shared/index.ts';
import { auditedChange, type StaffActor } from '../../staff/index.ts';
import { programRow } from './program.ts';

export interface ProgramUpdate {
  attributionWindowDays: number;
  attributionModel: 'LAST_CLICK' | 'FIRST_CLICK';
  holdDays: number;
  defaultKind: CommissionRuleKind;
  defaultPercentBps: number;
  defaultFixedAmount: number;
  defaultCurrency: string;
  floodClicksPerMinute: number;
}

type ProgramView = Omit<AffiliateProgram, 'id'> & { id: string };

const asView = (row: AffiliateProgram): ProgramView => ({ ...row, id: String(row.id) });

export async function updateProgram(prisma: PrismaClient, actor: StaffActor, update: ProgramUpdate): Promise<ProgramView> {
  await programRow(prisma);
  const after = await auditedChange(prisma, actor, {
    action: 'partners.program.update',
    entityType: 'AffiliateProgram',
    label: 'affiliate programme',
    id: '1',
    load: async (tx) => asView(await programRow(tx)),
    apply: async (tx) => asView(await tx.affiliateProgram.update({ where: { id: 1 }, data: { ...update, defaultCurrency: update.defaultCurrency.toUpperCase() } })),
  });
  return after;
}

export interface RuleInput {
  /** Absent: a new rule. */
  id?: string | undefined;
  partnerId: string | null;
  categoryId: string | null;
  kind: CommissionRuleKind;
  percentBps?: number | undefined;
  fixedAmount?: number | undefined;
  currency?: string | undefined;
}

export async function saveCommissionRule(prisma: PrismaClient, actor: StaffActor, input: RuleInput): Promise<CommissionRule> {
  if (!input.partnerId && !input.categoryId) throw new DomainError('invalid_input', 'A rule names a partner, a category or both; the default rate is set on the programme.', { partnerId: ['Pick a partner or a category'] });
  const clash = await prisma.commissionRule.findFirst({ where: { partnerId: input.partnerId, categoryId: input.categoryId, ...(input.id ? { id: { not: input.id } } : {}) }, select: { id: true } });
  if (clash) throw new DomainError('conflict', 'A rule for that partner and category exists already; edit it instead.');
  const data = {
    partnerId: input.partnerId,
    categoryId: input.categoryId,
    kind: input.kind,
    percentBps: input.kind === 'PERCENT' ? (input.percentBps ?? 0) : null,
    fixedAmount: input.kind === 'FIXED' ? (input.fixedAmount ?? 0) : null,
    currency: input.kind === 'FIXED' ? (input.currency ?? 'EUR').toUpperCase() : null,
  };
  const saved = await auditedChange(prisma, actor, {
    action: input.id ? 'partners.rule.update' : 'partners.rule.create',
    entityType: 'CommissionRule',
    label: 'commission rule',
    ...(input.id ? { id: input.id } : {}),
    load: (tx, id) => tx.commissionRule.findUnique({ where: { id } }),
    apply: (tx) => (input.id ? tx.commissionRule.update({ where: { id: input.id }, data }) : tx.commissionRule.create({ data })),
  });
  return saved;
}

export async function deleteCommissionRule(prisma: PrismaClient, actor: StaffActor, id: string): Promise<void> {
  await auditedChange(prisma, actor, {
    action: 'partners.rule.delete',
    entityType: 'CommissionRule',
    label: 'commission rule',
    id,
    load: (tx, key) => tx.commissionRule.findUnique({ where: { id: key } }),
    apply: async (tx) => {
      await tx.commissionRule.delete({ where: { id } });
      return null;
    },
  });
}

export interface RuleView extends CommissionRule {
  partnerCode: string | null;
  categoryName: string | null;
}

export async function listCommissionRules(prisma: PrismaClient): Promise<RuleView[]> {
  const rules = await prisma.commissionRule.findMany({ orderBy: [{ createdAt: 'asc' }], include: { partner: { select: { code: true } } } });
  const categories = await prisma.category.findMany({ where: { id: { in: rules.flatMap((r) => (r.categoryId ? [r.categoryId] : [])) } }, select: { id: true, name: true } });
  const nameOf = new Map(categories.map((c) => [c.id, c.name]));
  return rules.map(({ partner, ...r }) => ({ ...r, partnerCode: partner?.code ?? null, categoryName: r.categoryId ? (nameOf.get(r.categoryId) ?? null) : null }));
}

/** Partners to filter by and to pick in rules. */
export async function partnerOptions(prisma: PrismaClient): Promise<{ id: string; code: string; name: string; status: string }[]> {
  return prisma.partner.findMany({ orderBy: { code: 'asc' }, select: { id: true, code: true, name: true, status: true } });
}
