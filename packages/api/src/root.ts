import { accountRouter } from './routers/account.ts';
import { adminAuditRouter } from './routers/admin-audit.ts';
import { adminDashboardsRouter } from './routers/admin-dashboards.ts';
import { adminOrdersRouter } from './routers/admin-orders.ts';
import { adminSupportRouter } from './routers/admin-support.ts';
import { authRouter } from './routers/auth.ts';
import { cartRouter } from './routers/cart.ts';
import { catalogRouter } from './routers/catalog.ts';
import { checkoutRouter } from './routers/checkout.ts';
import { ordersRouter } from './routers/orders.ts';
import { staffRouter } from './routers/staff.ts';
import { supportRouter } from './routers/support.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  catalog: catalogRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  orders: ordersRouter,
  auth: authRouter,
  account: accountRouter,
  support: supportRouter,
  staff: staffRouter,
  adminOrders: adminOrdersRouter,
  adminSupport: adminSupportRouter,
  adminAudit: adminAuditRouter,
  adminDashboards: adminDashboardsRouter,
});

/** The API's type, imported by every tRPC client (storefront, admin, third parties). */
export type AppRouter = typeof appRouter;
