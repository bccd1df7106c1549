import { accountRouter } from './routers/account.ts';
import { adminOrdersRouter } from './routers/admin-orders.ts';
import { authRouter } from './routers/auth.ts';
import { cartRouter } from './routers/cart.ts';
import { catalogRouter } from './routers/catalog.ts';
import { checkoutRouter } from './routers/checkout.ts';
import { ordersRouter } from './routers/orders.ts';
import { adminPricingRouter } from './routers/admin-pricing.ts';
import { promotionsRouter } from './routers/promotions.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  catalog: catalogRouter,
  cart: cartRouter,
  checkout: checkoutRouter,
  orders: ordersRouter,
  auth: authRouter,
  account: accountRouter,
  adminOrders: adminOrdersRouter,
  promotions: promotionsRouter,
  adminPricing: adminPricingRouter,
});

/** The API's type, imported by every tRPC client (storefront, admin, third parties). */
export type AppRouter = typeof appRouter;
