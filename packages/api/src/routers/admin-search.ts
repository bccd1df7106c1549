// The search engine's health for catalog staff: documents, waiting syncs, and failures with
// their errors — Meilisearch's own failed tasks and the sync jobs that failed (issue #18).
import { router, staffProcedure } from '../trpc.ts';

export const adminSearchRouter = router({
  status: staffProcedure('catalog').query(({ ctx }) => ctx.services.searchStatus()),
});
