// Feeds fetched by URL on a schedule: staff register a source's feed address, format and
// interval; the "offer feeds" interval job queues the due ones and "Fetch now" queues one at
// once. A schedule moves IDLE → QUEUED by one conditional update, so however often it is asked
// (two API processes, a double click) one fetch job is queued; the job (fetch-scheduled-feed.ts)
// takes it back to IDLE with the outcome.
import type { Prisma, PrismaClient } from '@tandem/db';
import type { SetOfferFeedScheduleInput } from '@tandem/validators';
import { enqueueJob } from '../jobs/index.ts';
import { NotFoundError } from '../shared/index.ts';
import { recordAudit, type StaffActor } from '../staff/index.ts';
import { toImportReport } from './import-report.ts';
import { upsertSource } from './import-feed.ts';
import type { OfferFeedScheduleView } from './types.ts';

export const OFFER_FEED_JOB = 'offers.fetch-feed';

type Tx = Prisma.TransactionClient;
type ScheduleCommand = Omit<SetOfferFeedScheduleInput, 'full'> & { full: boolean };

const HOUR_MS = 3_600_000;
const jobKey = (sourceId: string) => `offer-feed:${sourceId}`;

/** IDLE → QUEUED plus the fetch job, in the caller's transaction; false when a fetch is already queued or under way. */
async function queueFetch(tx: Tx, sourceId: string, now: Date): Promise<boolean> {
  const moved = await tx.offerFeedSchedule.updateMany({ where: { sourceId, state: 'IDLE' }, data: { state: 'QUEUED', stateChangedAt: now, fetchedBytes: null } });
  if (moved.count === 0) return false;
  // One attempt: the handler records every failure itself, and the next due time retries.
  await enqueueJob(tx, { kind: OFFER_FEED_JOB, key: jobKey(sourceId), payload: { sourceId }, maxAttempts: 1 });
  return true;
}

const scheduleAudit = (s: { url: string; format: string; full: boolean; everyHours: number } | null) =>
  s && { url: s.url, format: s.format, full: s.full, everyHours: s.everyHours };

/** Registers or changes a source's scheduled feed (the source is created when new) and fetches it soon. */
export async function setOfferFeedSchedule(prisma: PrismaClient, actor: StaffActor, command: ScheduleCommand, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const sourceId = await upsertSource(tx, command.source);
    const before = await tx.offerFeedSchedule.findUnique({ where: { sourceId } });
    const fields = { url: command.url, format: command.format, full: command.full, everyHours: command.everyHours };
    await tx.offerFeedSchedule.upsert({ where: { sourceId }, create: { sourceId, ...fields, nextFetchAt: now }, update: { ...fields, nextFetchAt: now } });
    await recordAudit(tx, actor, { action: 'catalog.offers.schedule', entityType: 'OfferFeedSchedule', entityId: sourceId, before: scheduleAudit(before), after: fields });
    await queueFetch(tx, sourceId, now);
  });
}

async function sourceIdOf(tx: Tx, sourceSlug: string): Promise<string> {
  const source = await tx.offerSource.findUnique({ where: { slug: sourceSlug }, select: { id: true, feedSchedule: { select: { sourceId: true } } } });
  if (!source?.feedSchedule) throw new NotFoundError('scheduled feed of', sourceSlug);
  return source.id;
}

/** Stops fetching the source's feed by URL; its offers and past imports stay. */
export async function removeOfferFeedSchedule(prisma: PrismaClient, actor: StaffActor, sourceSlug: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const sourceId = await sourceIdOf(tx, sourceSlug);
    const before = await tx.offerFeedSchedule.delete({ where: { sourceId } });
    await recordAudit(tx, actor, { action: 'catalog.offers.unschedule', entityType: 'OfferFeedSchedule', entityId: sourceId, before: scheduleAudit(before), after: null });
  });
}

/** Queues a fetch of the source's feed now; `queued: false` when one is already queued or under way. */
export async function fetchOfferFeedNow(prisma: PrismaClient, sourceSlug: string, now = new Date()): Promise<{ queued: boolean }> {
  return prisma.$transaction(async (tx) => ({ queued: await queueFetch(tx, await sourceIdOf(tx, sourceSlug), now) }));
}

/** A fetch not finished after this long was lost (the process stopped mid-way): it is given up. */
export const STALE_FETCH_MS = HOUR_MS;

/** Gives up fetches lost with their process, so their feeds are fetched again when due. */
async function releaseStaleFetches(prisma: PrismaClient, now: Date): Promise<void> {
  await prisma.offerFeedSchedule.updateMany({
    where: { state: { not: 'IDLE' }, stateChangedAt: { lt: new Date(now.getTime() - STALE_FETCH_MS) } },
    data: { state: 'IDLE', stateChangedAt: now, lastFetchedAt: now, lastOk: false, lastError: 'The fetch did not finish (the API stopped during it); it is tried again.' },
  });
}

/** Queues a fetch of every idle feed whose time has come; returns how many were queued. */
export async function queueDueOfferFeeds(prisma: PrismaClient, now = new Date()): Promise<number> {
  await releaseStaleFetches(prisma, now);
  const due = await prisma.offerFeedSchedule.findMany({ where: { state: 'IDLE', nextFetchAt: { lte: now } }, select: { sourceId: true }, orderBy: { nextFetchAt: 'asc' } });
  let queued = 0;
  for (const { sourceId } of due) if (await prisma.$transaction((tx) => queueFetch(tx, sourceId, now))) queued++;
  return queued;
}

/** When a feed fetched (or failed) at `at` is due again. */
export const nextFetchAfter = (at: Date, everyHours: number) => new Date(at.getTime() + everyHours * HOUR_MS);

/** Every scheduled feed with its source, state and last outcome, by source name. */
export async function listOfferFeedSchedules(prisma: PrismaClient): Promise<OfferFeedScheduleView[]> {
  const rows = await prisma.offerFeedSchedule.findMany({
    orderBy: [{ source: { name: 'asc' } }, { sourceId: 'asc' }],
    include: { source: { select: { slug: true, name: true, kind: true, homepageUrl: true } }, lastImport: { include: { source: { select: { slug: true, name: true, kind: true } } } } },
  });
  return rows.map((r) => ({
    source: r.source, url: r.url, format: r.format, full: r.full, everyHours: r.everyHours,
    nextFetchAt: r.nextFetchAt.toISOString(), state: r.state, stateChangedAt: r.stateChangedAt.toISOString(), fetchedBytes: r.fetchedBytes,
    lastFetchedAt: r.lastFetchedAt?.toISOString() ?? null, lastOk: r.lastOk, lastError: r.lastError,
    lastImport: r.lastImport ? toImportReport(r.lastImport) : null,
  }));
}
