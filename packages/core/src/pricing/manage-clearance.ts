import type { PrismaClient } from '@tandem/db';
import type { ClearanceRuleInput } from '@tandem/validators';
import { auditedChange, type StaffActor } from '../staff/index.ts';

/** Creates or replaces a clearance rule (audited); prices change at the job's next run. */
export async function saveClearanceRule(prisma: PrismaClient, actor: StaffActor, input: ClearanceRuleInput) {
  const { id, ...data } = input;
  return auditedChange(prisma, actor, {
    entityType: 'ClearanceRule',
    label: 'clearance rule',
    load: (tx, ruleId) => tx.clearanceRule.findUnique({ where: { id: ruleId } }),
    ...(id === undefined ? {} : { id }),
    action: id ? 'pricing.clearance.update' : 'pricing.clearance.create',
    apply: (tx) => (id ? tx.clearanceRule.update({ where: { id }, data }) : tx.clearanceRule.create({ data })),
  });
}

/** Every clearance rule, newest first, for the admin. */
export async function listClearanceRules(prisma: PrismaClient) {
  return prisma.clearanceRule.findMany({ orderBy: { createdAt: 'desc' }, take: 200 });
}

/** One clearance rule, for the edit screen; null when there is none with that id. */
export async function clearanceRuleById(prisma: PrismaClient, id: string) {
  return prisma.clearanceRule.findUnique({ where: { id } });
}
