// Partner feeds are fetched by the durable job queue: an hourly sweep enqueues one job per feed
// that is due (key partner-feed:<partnerId>, so one partner's fetches never overlap), and the
// job fetches (bounded), imports and stores the report on the feed.
import type { PrismaClient } from '@tandem/db';
import { enqueueJob, type JobHandler } from '../../jobs/index.ts';
import type { PartnerContentFetcher } from './content-fetcher.ts';
import { importPartnerFeed, MAX_FEED_BYTES } from './import-partner-feed.ts';

export const PARTNER_FEED_JOB = 'partners.fetch-content-feed';

export interface PartnerFeedJobOptions {
  mediaDir: string;
  /** Downloads feeds and images; its deadline and address policy are the composition root's choice. */
  fetchContent: PartnerContentFetcher;
}

/** Sets (or clears, with null) the partner's feed URL and fetches it soon. */
export async function setPartnerFeed(prisma: PrismaClient, partnerId: string, url: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if (url === null) {
      await tx.partnerContentFeed.deleteMany({ where: { partnerId } });
      return;
    }
    await tx.partnerContentFeed.upsert({ where: { partnerId }, create: { partnerId, url }, update: { url, lastStatus: null } });
    await enqueueJob(tx, { kind: PARTNER_FEED_JOB, key: `partner-feed:${partnerId}`, payload: { partnerId }, maxAttempts: 3 });
  });
}

/** Enqueues a fetch for every feed of an approved partner not fetched for `everyMs`; returns how many. */
export async function enqueueDuePartnerFeeds(prisma: PrismaClient, everyMs: number, now = new Date()): Promise<number> {
  const due = await prisma.partnerContentFeed.findMany({
    where: { partner: { status: 'APPROVED' }, OR: [{ lastFetchedAt: null }, { lastFetchedAt: { lt: new Date(now.getTime() - everyMs) } }] },
    select: { partnerId: true },
  });
  for (const { partnerId } of due) {
    // A fetch already waiting for this partner is enough.
    const waiting = await prisma.job.count({ where: { key: `partner-feed:${partnerId}`, state: { in: ['PENDING', 'RUNNING'] } } });
    if (!waiting) await enqueueJob(prisma, { kind: PARTNER_FEED_JOB, key: `partner-feed:${partnerId}`, payload: { partnerId }, maxAttempts: 3 });
  }
  return due.length;
}

export function partnerFeedJobHandlers(prisma: PrismaClient, options: PartnerFeedJobOptions): Record<string, JobHandler> {
  return {
    [PARTNER_FEED_JOB]: async (payload) => {
      const { partnerId } = payload as { partnerId?: unknown };
      if (typeof partnerId !== 'string') throw new Error(`${PARTNER_FEED_JOB}: payload has no partnerId`);
      const feed = await prisma.partnerContentFeed.findUnique({ where: { partnerId }, select: { url: true, partner: { select: { status: true } } } });
      if (!feed || feed.partner.status !== 'APPROVED') return;
      try {
        const { bytes } = await options.fetchContent(feed.url, MAX_FEED_BYTES);
        const report = await importPartnerFeed(prisma, partnerId, new TextDecoder().decode(bytes), options);
        await prisma.partnerContentFeed.update({ where: { partnerId }, data: { lastFetchedAt: new Date(), lastStatus: 'ok', lastReport: JSON.parse(JSON.stringify(report)) } });
      } catch (error) {
        // The partner's server or feed is at fault, not ours: say so and wait for the next sweep.
        await prisma.partnerContentFeed.update({ where: { partnerId }, data: { lastFetchedAt: new Date(), lastStatus: (error as Error).message.slice(0, 500), lastReport: undefined } });
      }
    },
  };
}
