// The job that fetches one scheduled feed: download it through the host's fetcher (the guarded
// GET: address policy, deadline, size limit), check that the server sent the kind of file the
// schedule expects, import it with importOfferFeed and record the outcome on the schedule. Every
// failure is recorded (and handed to `onFailure` for the log) instead of thrown: the job never
// fails, and the next due time tries again.
import type { PrismaClient } from '@tandem/db';
import type { JobHandler } from '../jobs/index.ts';
import { DomainError } from '../shared/index.ts';
import { acceptsFeedContentType } from './feed-content-type.ts';
import { importOfferFeed, type ImportFeedOptions } from './import-feed.ts';
import { nextFetchAfter, OFFER_FEED_JOB } from './feed-schedules.ts';

/** The largest feed downloaded, as for an upload. */
export const MAX_SCHEDULED_FEED_BYTES = 20_000_000;

/**
 * Downloads `url`, reading at most `maxBytes`; rejects, with a message fit to show to staff, when
 * the address is refused, the server fails or redirects, or the body is larger than `maxBytes`.
 */
export type OfferFeedFetcher = (url: string, maxBytes: number) => Promise<{ bytes: Uint8Array; contentType: string }>;

export interface OfferFeedJobOptions extends ImportFeedOptions {
  fetchFeed: OfferFeedFetcher;
  now?: () => Date;
  /** Told of every failed fetch (the API logs it). */
  onFailure?: (sourceSlug: string, error: unknown) => void;
}

/** A failure whose message staff may read; anything else is reported as an import failure. */
class FeedRefused extends Error {}

async function download(fetchFeed: OfferFeedFetcher, url: string, format: 'CSV' | 'JSON'): Promise<Uint8Array> {
  let fetched: Awaited<ReturnType<OfferFeedFetcher>>;
  try {
    fetched = await fetchFeed(url, MAX_SCHEDULED_FEED_BYTES);
  } catch (error) {
    // The port's promise: its messages are fit to show.
    throw new FeedRefused((error as Error).message);
  }
  if (!acceptsFeedContentType(format, fetched.contentType)) throw new FeedRefused(`The server sent ${fetched.contentType || 'no content type'}, not a ${format} feed`);
  return fetched.bytes;
}

const shownMessage = (error: unknown) =>
  error instanceof FeedRefused || error instanceof DomainError ? (error as Error).message.slice(0, 500) : 'The import failed; the API log has the details.';

/** Fetches and imports the scheduled feed of `sourceId`, recording the outcome on the schedule. */
export async function fetchScheduledFeed(prisma: PrismaClient, sourceId: string, options: OfferFeedJobOptions): Promise<void> {
  const now = options.now ?? (() => new Date());
  const schedule = await prisma.offerFeedSchedule.findUnique({ where: { sourceId }, include: { source: true } });
  if (!schedule) return; // removed while queued
  const { source } = schedule;
  const stage = (state: 'DOWNLOADING' | 'IMPORTING', fetchedBytes: number | null) =>
    prisma.offerFeedSchedule.update({ where: { sourceId }, data: { state, stateChangedAt: now(), fetchedBytes } });
  try {
    await stage('DOWNLOADING', null);
    const bytes = await download(options.fetchFeed, schedule.url, schedule.format);
    await stage('IMPORTING', bytes.byteLength);
    const text = new TextDecoder().decode(bytes);
    if (!text.trim()) throw new FeedRefused('The feed is empty');
    const { fetchFeed: _fetch, onFailure: _log, now: _now, ...importOptions } = options;
    const report = await importOfferFeed(
      prisma,
      { source: { slug: source.slug, name: source.name, kind: source.kind, homepageUrl: source.homepageUrl }, format: schedule.format, text, full: schedule.full },
      importOptions,
    );
    const at = now();
    await prisma.offerFeedSchedule.update({
      where: { sourceId },
      data: { state: 'IDLE', stateChangedAt: at, lastFetchedAt: at, lastOk: true, lastError: null, lastImportId: report.id, nextFetchAt: nextFetchAfter(at, schedule.everyHours) },
    });
  } catch (error) {
    options.onFailure?.(source.slug, error);
    const at = now();
    await prisma.offerFeedSchedule.updateMany({
      where: { sourceId },
      data: { state: 'IDLE', stateChangedAt: at, lastFetchedAt: at, lastOk: false, lastError: shownMessage(error), nextFetchAt: nextFetchAfter(at, schedule.everyHours) },
    });
  }
}

/** The job handler the API's worker runs for OFFER_FEED_JOB. */
export function offerFeedJobHandlers(prisma: PrismaClient, options: OfferFeedJobOptions): Record<string, JobHandler> {
  return {
    [OFFER_FEED_JOB]: async (payload) => {
      const { sourceId } = payload as { sourceId?: unknown };
      if (typeof sourceId !== 'string') throw new Error(`${OFFER_FEED_JOB}: payload has no sourceId`);
      await fetchScheduledFeed(prisma, sourceId, options);
    },
  };
}
