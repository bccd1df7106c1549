// The partner portal's widget page, bound to one database, the API's public address, the
// widget's version and the clock: the embed snippets and the partner's impression figures.
import type { PrismaClient } from '@tandem/db';
import type { Clock } from '../../shared/index.ts';
import { widgetImpressions } from './crosslinks.ts';
import { widgetSnippets } from './snippets.ts';

export interface PartnerWidgetServiceOptions {
  /** The API's public base URL: partner pages load the script and data from it. */
  apiPublicUrl: string;
  /** The widget build's version, for the pinned script address. */
  widgetVersion: string;
  clock: Clock;
}

/**
 * @example
 * const widget = createPartnerWidgetService(prisma, { apiPublicUrl, widgetVersion: WIDGET_VERSION, clock: systemClock });
 * await widget.stats(partner.id, 30);
 */
export function createPartnerWidgetService(prisma: PrismaClient, options: PartnerWidgetServiceOptions) {
  const { apiPublicUrl, widgetVersion, clock } = options;
  return {
    /** The snippet in both forms (element and script tag) for the partner's pages. */
    snippet: (partner: { code: string; allowedOrigins: string[] }, input: { context?: string | undefined; limit?: number | undefined }) => ({
      partnerCode: partner.code,
      allowedOrigins: partner.allowedOrigins,
      apiUrl: apiPublicUrl,
      ...widgetSnippets({ apiUrl: apiPublicUrl, version: widgetVersion, partnerCode: partner.code, context: input.context, limit: input.limit }),
    }),
    /** Impressions per UTC day over the last `days` days, oldest first. */
    stats: (partnerId: string, days: number) => widgetImpressions(prisma, partnerId, days, clock.now()),
  };
}

export type PartnerWidgetService = ReturnType<typeof createPartnerWidgetService>;
