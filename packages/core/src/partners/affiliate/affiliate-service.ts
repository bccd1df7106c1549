// Affiliate tracking bound to one database and the click-address key: recording a click on a
// tracked link, the programme's attribution window, and an approved partner's own figures,
// commissions and payouts (every partner method is keyed by the caller's partner id).
import type { PrismaClient } from '@tandem/db';
import { listCommissions, type CommissionFilter } from './commission-views.ts';
import { partnerStats, type StatsRange } from './partner-stats.ts';
import { payoutsOf } from './payouts.ts';
import { programSettings } from './program.ts';
import { recordClick, type ClickInput } from './record-click.ts';

export interface AffiliateServiceOptions {
  /** Key of the click address digests (random per process unless the host sets one). */
  ipHashKey: string;
}

/**
 * @example
 * const affiliate = createAffiliateService(prisma, { ipHashKey });
 * await affiliate.recordClick({ partnerCode: 'chainstay', source: 'LINK', ip, userAgent });
 */
export function createAffiliateService(prisma: PrismaClient, options: AffiliateServiceOptions) {
  const { ipHashKey } = options;
  return {
    /** Says where to send the visitor and which token to keep in the attribution cookie (null: none). */
    recordClick: (input: ClickInput) => recordClick(prisma, input, { ipHashKey }),
    programSettings: () => programSettings(prisma),
    /** The partner's figures over a date range, per day and per link source. */
    stats: (partnerId: string, range: StatsRange) => partnerStats(prisma, partnerId, range),
    /** The partner's own commissions, newest first. */
    commissions: (filter: CommissionFilter) => listCommissions(prisma, filter),
    payouts: (partnerId: string) => payoutsOf(prisma, partnerId),
  };
}

export type AffiliateService = ReturnType<typeof createAffiliateService>;
