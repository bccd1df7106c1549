// Figures for the staff home page: sales per day, top products, support response times.
import { router, staffProcedure } from '../trpc.ts';

export const adminDashboardsRouter = router({
  overview: staffProcedure('dashboards').query(({ ctx }) => ctx.services.adminDashboards.overview({ days: 30 })),
});
