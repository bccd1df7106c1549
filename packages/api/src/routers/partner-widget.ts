// The partner portal's widget page: the snippet (both forms) and impression statistics.
import { WidgetSnippetInput, WidgetStatsInput } from '@tandem/validators';
import { partnerProcedure, router } from '../trpc.ts';
import { rest } from '../openapi/rest-meta.ts';

export const partnerWidgetRouter = router({
  snippet: partnerProcedure
    .meta(rest('GET', '/partner/account/widget/snippet', { tag: 'Partner account', summary: 'The widget snippet to paste into a page', access: 'partner-session' }))
    .input(WidgetSnippetInput)
    .query(({ ctx, input }) => ctx.services.partnerWidget.snippet(ctx.partner, input)),

  stats: partnerProcedure
    .meta(rest('GET', '/partner/account/widget/stats', { tag: 'Partner account', summary: 'The widget’s impressions and clicks', access: 'partner-session' }))
    .input(WidgetStatsInput)
    .query(({ ctx, input }) => ctx.services.partnerWidget.stats(ctx.partner.id, input.days)),
});
