// The staff home page's figures, bound to one database and the clock that says what "today" is.
import type { PrismaClient } from '@tandem/db';
import { systemClock, type Clock } from '../shared/index.ts';
import { storeDashboard } from './store-dashboard.ts';

export interface DashboardsServiceOptions {
  /** Where "today" comes from; the machine's clock when absent. */
  clock?: Clock;
}

/**
 * Figures of how the store is doing, for the admin.
 *
 * @example const dashboards = createDashboardsService(db.prisma); await dashboards.overview({ days: 30 })
 */
export function createDashboardsService(prisma: PrismaClient, options: DashboardsServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  return {
    /** Sales, top products, support, behaviour, promotions, segments and partners over the last `days` days. */
    overview: (range: { days: number }) => storeDashboard(prisma, { days: range.days, now: clock.now() }),
  };
}

export type DashboardsService = ReturnType<typeof createDashboardsService>;
