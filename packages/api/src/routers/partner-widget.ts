// The partner portal's widget page: the snippet (both forms) and impression statistics.
import { widgetImpressions, widgetSnippets } from '@tandem/core/partners';
import { WidgetStatsInput } from '@tandem/validators';
import { WIDGET_VERSION } from '@tandem/widget/version';
import { z } from 'zod';
import { partnerProcedure, router } from '../trpc.ts';

const SnippetInput = z.object({
  context: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(12).optional(),
});

export const partnerWidgetRouter = router({
  snippet: partnerProcedure.input(SnippetInput).query(({ ctx, input }) => ({
    partnerCode: ctx.partner.code,
    allowedOrigins: ctx.partner.allowedOrigins,
    apiUrl: ctx.services.partnerLinks.apiPublicUrl,
    ...widgetSnippets({ apiUrl: ctx.services.partnerLinks.apiPublicUrl, version: WIDGET_VERSION, partnerCode: ctx.partner.code, context: input.context, limit: input.limit }),
  })),

  stats: partnerProcedure.input(WidgetStatsInput).query(({ ctx, input }) => widgetImpressions(ctx.services.prisma, ctx.partner.id, input.days, ctx.services.clock.now())),
});
