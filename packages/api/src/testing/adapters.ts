// The adapters the store runs with when nothing is configured (offline payments, PostgreSQL
// full-text search, the machine's clock), built explicitly for tests and benchmarks:
// createApiServices has no defaults, so every caller says which adapters it runs with.
import { systemClock, type Clock } from '@tandem/core/shared';
import type { PrismaClient } from '@tandem/db';
import type { PaymentProvider } from '@tandem/payments';
import { OfflinePaymentProvider } from '@tandem/payments/offline';
import type { SearchEngine } from '@tandem/search';
import { PostgresSearchEngine } from '@tandem/search/postgres';

/**
 * Offline payments (no auto-confirm), PostgreSQL search on `prisma` and the machine's clock.
 *
 * @example
 * createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), payments: failingProvider });
 */
export function embeddedAdapters(prisma: PrismaClient): { payments: PaymentProvider; search: SearchEngine; clock: Clock } {
  return { payments: new OfflinePaymentProvider(), search: new PostgresSearchEngine(prisma), clock: systemClock };
}
