// Marketing's segment tools through the API: recompute as a queued job with progress, sizes over
// time, and a segment opened to its customers.
import { createJobWorker } from '@tandem/core/jobs';
import { SEGMENTS_RECOMPUTE_JOB, segmentJobHandlers } from '@tandem/core/personalization';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, codeOf, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;
let marketing: Caller;
const buyers: { id: string; name: string }[] = [];
const DAY = 86_400_000;

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db.prisma);
  marketing = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['MARKETING'])).sessionToken });
  // Twelve buyers with imported purchases: three recent first-time buyers (new), the rest older.
  for (let i = 0; i < 12; i++) {
    const { customer } = await signedInCustomer(db.prisma);
    buyers.push({ id: customer.id, name: customer.name });
    const orders = i < 3 ? 1 : 1 + (i % 4);
    for (let o = 0; o < orders; o++) {
      await db.prisma.behaviourEvent.create({
        data: { customerId: customer.id, type: 'PURCHASE', amount: 1_000 * (i + 1), currency: 'EUR', orderRef: `o-${i}-${o}`, occurredAt: new Date(Date.now() - (i < 3 ? 2 : 40 + 20 * o) * DAY) },
      });
    }
  }
});
afterAll(() => db.close());

const worker = () => createJobWorker(db.prisma, { handlers: segmentJobHandlers(db.prisma) });

describe('segments recompute as a job', () => {
  it('queues one run however often staff ask, then computes it with its progress and result', async () => {
    const first = await marketing.adminPersonalization.requestSegmentRecompute();
    const second = await marketing.adminPersonalization.requestSegmentRecompute();
    expect(first.queued).toBe(true);
    expect(second).toEqual({ runId: first.runId, queued: false });
    expect(await db.prisma.job.count({ where: { kind: SEGMENTS_RECOMPUTE_JOB } })).toBe(1);
    expect(await marketing.adminPersonalization.segmentRun({ id: first.runId })).toMatchObject({ status: 'queued', processed: 0, result: [] });

    expect(await worker().runOnce()).toBe(1);
    const run = await marketing.adminPersonalization.segmentRun({ id: first.runId });
    expect(run.status).toBe('done');
    expect(run.processed).toBe(run.total);
    expect(run.total).toBeGreaterThan(2);
    expect(run.result.reduce((sum, s) => sum + s.customers, 0)).toBe(12);
    expect(run.result.find((s) => s.segment === 'new')?.customers).toBe(3);
    expect(await db.prisma.customerSegment.count()).toBe(12);

    // Done: the next request queues a fresh run.
    expect((await marketing.adminPersonalization.requestSegmentRecompute()).queued).toBe(true);
  });

  it('keeps each computation’s sizes as history, oldest first', async () => {
    await worker().runOnce();
    const history = await marketing.adminPersonalization.segmentHistory({ days: 30 });
    expect(history.points).toHaveLength(2);
    expect(history.points[0]!.computedAt.getTime()).toBeLessThan(history.points[1]!.computedAt.getTime());
    for (const point of history.points) expect(Object.values(point.sizes).reduce((a, b) => a + b, 0)).toBe(12);
    expect(history.segments.map((s) => s.segment)).toContain('key_account');
  });

  it('opens a segment to its customers, page by page, biggest spenders first', async () => {
    const page1 = await marketing.adminPersonalization.segmentMembers({ segment: 'new', page: 1, pageSize: 2 });
    expect(page1).toMatchObject({ total: 3, label: 'New customers' });
    expect(page1.members.map((m) => m.name)).toEqual([buyers[2]!.name, buyers[1]!.name]);
    const page2 = await marketing.adminPersonalization.segmentMembers({ segment: 'new', page: 2, pageSize: 2 });
    expect(page2.members.map((m) => m.customerId)).toEqual([buyers[0]!.id]);
    expect(await codeOf(marketing.adminPersonalization.segmentMembers({ segment: 'nobody', page: 1, pageSize: 2 }))).toBe('NOT_FOUND');
  });

  it('says when segments were last computed even when that computation found no buyer', async () => {
    await db.prisma.customerSegment.deleteMany();
    const summary = await marketing.adminPersonalization.segments();
    expect(summary.segments.every((s) => s.customers === 0)).toBe(true);
    expect(summary.computedAt).not.toBeNull();
  });

  it('is for marketing staff only', async () => {
    const shopper = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma)).sessionToken });
    expect(await codeOf(shopper.adminPersonalization.requestSegmentRecompute())).toBe('FORBIDDEN');
    expect(await codeOf(shopper.adminPersonalization.segmentMembers({ segment: 'new', page: 1, pageSize: 10 }))).toBe('FORBIDDEN');
  });
});
