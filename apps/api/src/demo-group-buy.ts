// The demo store's live group buy (packages/demo), opened at start-up when none is running —
// after the demo staff, whose marketing account creates it, and with the payment provider the
// riders' joins are authorised through. Never in production mode.
import { DEMO_CUSTOMER_PASSWORD, DEMO_RIDERS, ensureDemoGroupBuy } from '@tandem/demo';
import type { Clock } from '@tandem/core/shared';
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { log } from './logger.ts';

export async function seedDemoGroupBuy(prisma: PrismaClient, seedDemo: boolean, payments: PaymentProvider, clock: Clock): Promise<void> {
  if (!seedDemo || process.env.NODE_ENV === 'production') return;
  try {
    const deal = await ensureDemoGroupBuy(prisma, payments, { now: clock.now() });
    if (deal?.created) log.info(`Demo group buy /deals/${deal.slug} opened; ${deal.joined} demo rider(s) joined (${DEMO_RIDERS.map((r) => r.email).join(', ')}, password "${DEMO_CUSTOMER_PASSWORD}").`);
  } catch (error) {
    // A payment provider that refuses the demo joins (e.g. Stripe keys of a real account) must not stop the store.
    log.warn({ err: error }, 'The demo group buy could not be opened');
  }
}
