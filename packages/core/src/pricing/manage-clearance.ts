import type { PrismaClient } from '@tandem/db';
import type { ClearanceRuleInput } from '@tandem/validators';
import { NotFoundError } from '../shared/errors.ts';

/** Creates or replaces a clearance rule; prices change at the job's next run. */
export async function saveClearanceRule(prisma: PrismaClient, input: ClearanceRuleInput) {
  const { id, ...data } = input;
  if (!id) return prisma.clearanceRule.create({ data });
  const updated = await prisma.clearanceRule.updateMany({ where: { id }, data });
  if (updated.count === 0) throw new NotFoundError('clearance rule', id);
  return prisma.clearanceRule.findUniqueOrThrow({ where: { id } });
}
