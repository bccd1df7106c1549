// Figures for the staff home page: sales per day, top products, support response times, over
// the last 7, 30, 90 or 365 days.
import { DashboardRangeInput } from '@tandem/validators';
import { router, staffProcedure } from '../trpc.ts';

export const adminDashboardsRouter = router({
  overview: staffProcedure('dashboards').input(DashboardRangeInput).query(({ ctx, input }) => ctx.services.adminDashboards.overview({ days: input?.days ?? 30 })),
});
