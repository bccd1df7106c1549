// The partner portal's widget page: the snippet (both forms) and impression statistics.
import { WidgetSnippetInput, WidgetStatsInput } from '@tandem/validators';
import { partnerProcedure, router } from '../trpc.ts';

export const partnerWidgetRouter = router({
  snippet: partnerProcedure.input(WidgetSnippetInput).query(({ ctx, input }) => ctx.services.partnerWidget.snippet(ctx.partner, input)),

  stats: partnerProcedure.input(WidgetStatsInput).query(({ ctx, input }) => ctx.services.partnerWidget.stats(ctx.partner.id, input.days)),
});
