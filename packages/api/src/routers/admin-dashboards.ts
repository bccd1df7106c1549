// Figures for the staff home page: sales per day, top products, support response times.
import { storeDashboard } from '@tandem/core/dashboards';
import { router, staffProcedure } from '../trpc.ts';

export const adminDashboardsRouter = router({
  overview: staffProcedure('dashboards').query(({ ctx }) => storeDashboard(ctx.services.prisma, { days: 30 })),
});
