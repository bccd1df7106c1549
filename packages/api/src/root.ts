import { catalogRouter } from './routers/catalog.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  catalog: catalogRouter,
});

/** The API's type, imported by every tRPC client (storefront, admin, third parties). */
export type AppRouter = typeof appRouter;
