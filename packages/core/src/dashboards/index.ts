// The dashboards context's only public door: figures of how the store is doing.
export { storeDashboard, type DashboardOptions } from './store-dashboard.ts';
export { createDashboardsService, type DashboardsService, type DashboardsServiceOptions } from './dashboards-service.ts';
export { median } from './support-figures.ts';
export type * from './types.ts';
