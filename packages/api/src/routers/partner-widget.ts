// The partner portal's widget page: the snippet (both forms) and impression statistics.
import { WidgetStatsInput } from '@tandem/validators';
import { z } from 'zod';
import { partnerProcedure, router } from '../trpc.ts';

const SnippetInput = z.object({
  context: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(12).optional(),
});

export const partnerWidgetRouter = router({
  snippet: partnerProcedure.input(SnippetInput).query(({ ctx, input }) => ctx.services.partnerWidget.snippet(ctx.partner, input)),

  stats: partnerProcedure.input(WidgetStatsInput).query(({ ctx, input }) => ctx.services.partnerWidget.stats(ctx.partner.id, input.days)),
});
