// The search engine's health for catalog staff: documents, waiting syncs, and failures with
// their errors — Meilisearch's own failed tasks and the sync jobs that failed (issue #18) —
// and the full rebuild they can start (refused with CONFLICT while one runs; audited).
import { router, staffProcedure } from '../trpc.ts';

export const adminSearchRouter = router({
  status: staffProcedure('catalog').query(({ ctx }) => ctx.services.searchStatus()),
  reindex: staffProcedure('catalog').mutation(({ ctx }) => ctx.services.searchReindex(ctx.staff)),
});
