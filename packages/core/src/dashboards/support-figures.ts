// How customer service keeps its response target: median time to a person's first reply,
// the share answered within target, and what is open and overdue now.
import type { PrismaClient } from '@tandem/db';
import type { SupportFigures } from './types.ts';

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function supportFigures(prisma: PrismaClient, from: Date, to: Date, now: Date): Promise<SupportFigures> {
  const [owed, open, overdue] = await Promise.all([
    prisma.supportTicket.findMany({
      where: { createdAt: { gte: from, lte: to }, firstResponseDueAt: { not: null } },
      select: { createdAt: true, firstResponseDueAt: true, firstRespondedAt: true },
    }),
    prisma.supportTicket.count({ where: { status: 'OPEN' } }),
    prisma.supportTicket.count({ where: { status: 'OPEN', responseDueAt: { lt: now } } }),
  ]);
  const responded = owed.filter((t) => t.firstRespondedAt);
  // A ticket still waiting whose target has not passed yet cannot be judged either way.
  const judged = owed.filter((t) => t.firstRespondedAt || t.firstResponseDueAt! < now);
  const inTarget = judged.filter((t) => t.firstRespondedAt && t.firstRespondedAt <= t.firstResponseDueAt!);
  return {
    medianFirstResponseMs: median(responded.map((t) => t.firstRespondedAt!.getTime() - t.createdAt.getTime())),
    answeredInTargetShare: judged.length ? inTarget.length / judged.length : null,
    ticketsOwed: owed.length,
    open,
    overdue,
  };
}
