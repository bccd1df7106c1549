// The job handlers of group buys, wired into the worker in apps/api/src/main.ts.
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import type { JobHandler } from '../jobs/index.ts';
import { closeGroupBuy } from './close-group-buy.ts';
import { GROUP_BUY_CLOSE_JOB, GROUP_BUY_RELEASE_JOB } from './job-kinds.ts';
import { releaseAuthorization } from './settle-participant.ts';

function field(payload: unknown, name: string): string {
  const value = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[name] : undefined;
  if (typeof value !== 'string' || value === '') throw new Error(`job payload has no ${name}`);
  return value;
}

export function groupBuyJobHandlers(prisma: PrismaClient, payments: PaymentProvider): Record<string, JobHandler> {
  return {
    [GROUP_BUY_CLOSE_JOB]: async (payload) => {
      await closeGroupBuy(prisma, payments, field(payload, 'groupBuyId'));
    },
    [GROUP_BUY_RELEASE_JOB]: async (payload) => {
      await releaseAuthorization(prisma, payments, field(payload, 'participantId'));
    },
  };
}
