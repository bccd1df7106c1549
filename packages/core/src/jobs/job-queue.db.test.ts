import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { msUntilNextJob } from './claim-jobs.ts';
import { announceJobEnqueuedLocally, createJobWorker, enqueueJob, JOB_CHANNEL, onJobsEnqueuedLocally, type JobHandler } from './index.ts';

describe('job queue', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.prisma.job.deleteMany();
  });

  const jobRow = (id: string) => db.prisma.job.findUniqueOrThrow({ where: { id: BigInt(id) } });
  const makeDue = () => db.prisma.$executeRawUnsafe(`UPDATE "Job" SET "runAt" = LOCALTIMESTAMP - interval '1 second' WHERE state = 'PENDING'`);

  it('enqueues with the caller’s transaction: a rolled-back change leaves no job', async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueueJob(tx, { kind: 'test.rollback', key: 'k' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect(await db.prisma.job.count()).toBe(0);
  });

  it('retries a failing job with exponential backoff, then completes it', async () => {
    let calls = 0;
    const handler: JobHandler = async () => {
      calls += 1;
      if (calls < 3) throw new Error(`flaky ${calls}`);
    };
    const worker = createJobWorker(db.prisma, { handlers: { 'test.flaky': handler }, backoff: { baseMs: 60_000, maxMs: 600_000 } });
    const id = await enqueueJob(db.prisma, { kind: 'test.flaky', key: 'flaky' });

    expect(await worker.runOnce()).toBe(1);
    const first = await jobRow(id);
    expect(first).toMatchObject({ state: 'PENDING', attempts: 1, lastError: 'Error: flaky 1' });
    const delay1 = first.runAt.getTime() - first.createdAt.getTime();
    expect(delay1).toBeGreaterThanOrEqual(59_000);
    expect(delay1).toBeLessThan(70_000);
    expect(await worker.runOnce()).toBe(0);

    await makeDue();
    await worker.runOnce();
    const second = await jobRow(id);
    expect(second).toMatchObject({ state: 'PENDING', attempts: 2, lastError: 'Error: flaky 2' });
    const now = (await db.prisma.$queryRawUnsafe<{ now: Date }[]>('SELECT LOCALTIMESTAMP::timestamp(3) AS now'))[0]!.now;
    expect(second.runAt.getTime() - now.getTime()).toBeGreaterThan(110_000);

    await makeDue();
    await worker.runOnce();
    expect(await jobRow(id)).toMatchObject({ state: 'DONE', attempts: 3, lockedBy: null });
    expect(calls).toBe(3);
  });

  it('wakes a sleeping worker on the NOTIFY of a committed job, long before its next poll', async () => {
    const ran: string[] = [];
    const worker = createJobWorker(db.prisma, { handlers: { 'test.notified': async (payload) => void ran.push((payload as { n: string }).n) }, pollIntervalMs: 60_000 });
    const stop = worker.start();
    const unlisten = await db.listen(JOB_CHANNEL, () => worker.notify());
    try {
      await new Promise((resolve) => setTimeout(resolve, 100)); // the first round found nothing; now it sleeps for a minute
      const started = Date.now();
      await db.prisma.$transaction(async (tx) => {
        await enqueueJob(tx, { kind: 'test.notified', key: 'n', payload: { n: 'one' } });
      });
      while (!ran.length && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(ran).toEqual(['one']);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await unlisten();
      await stop();
    }
  });

  it('sends no NOTIFY for a job enqueued with wake: false (a hot write leaves it to the poll)', async () => {
    const heard: string[] = [];
    const unlisten = await db.listen(JOB_CHANNEL, (payload) => void heard.push(payload));
    try {
      await db.prisma.$transaction((tx) => enqueueJob(tx, { kind: 'test.quiet', key: 'q', wake: false }));
      await db.prisma.$transaction((tx) => enqueueJob(tx, { kind: 'test.loud', key: 'l' }));
      const started = Date.now();
      while (!heard.includes('test.loud') && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(heard).toEqual(['test.loud']);
    } finally {
      await unlisten();
    }
  });

  /** Runs `worker` woken by NOTIFY, as the API does; resolves to the function that stops both. */
  async function startListening(worker: ReturnType<typeof createJobWorker>): Promise<() => Promise<void>> {
    const unlisten = await db.listen(JOB_CHANNEL, () => worker.notify());
    const stop = worker.start();
    return async () => {
      await unlisten();
      await stop();
    };
  }
  const waitUntil = async (done: () => boolean, ms: number) => {
    const started = Date.now();
    while (!done() && Date.now() - started < ms) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('tells a worker when its next job is due: never on an empty queue, later for a delayed job, now for a due one', async () => {
    expect(await msUntilNextJob(db.prisma, ['test.next'], 60_000)).toBeNull();
    await enqueueJob(db.prisma, { kind: 'test.other', key: 'o' });
    expect(await msUntilNextJob(db.prisma, ['test.next'], 60_000)).toBeNull();
    await enqueueJob(db.prisma, { kind: 'test.next', key: 'n', delayMs: 30_000 });
    const wait = await msUntilNextJob(db.prisma, ['test.next'], 60_000);
    expect(wait).toBeGreaterThan(25_000);
    expect(wait).toBeLessThanOrEqual(30_000);
    await makeDue();
    expect(await msUntilNextJob(db.prisma, ['test.next'], 60_000)).toBe(0);
  });

  it('runs a delayed job at its time though its worker polls once a minute', async () => {
    const ranAt: number[] = [];
    const stop = await startListening(createJobWorker(db.prisma, { handlers: { 'test.delayed': async () => void ranAt.push(Date.now()) }, pollIntervalMs: 60_000 }));
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const enqueuedAt = Date.now();
      // Its NOTIFY wakes the worker before the job is due; the worker then sleeps until it is.
      await enqueueJob(db.prisma, { kind: 'test.delayed', key: 'd', delayMs: 1_000 });
      await waitUntil(() => ranAt.length > 0, 10_000);
      expect(ranAt).toHaveLength(1);
      expect(ranAt[0]! - enqueuedAt).toBeGreaterThanOrEqual(900);
      expect(ranAt[0]! - enqueuedAt).toBeLessThan(5_000);
    } finally {
      await stop();
    }
  });

  it('wakes the worker of a job held back by another worker’s job of its key when that one is done', async () => {
    const ran: string[] = [];
    await enqueueJob(db.prisma, { kind: 'test.first', key: 'shared' });
    await enqueueJob(db.prisma, { kind: 'test.second', key: 'shared' });
    // The second worker looks first: its job waits behind the first, so it sleeps (a minute at most).
    const stopSecond = await startListening(createJobWorker(db.prisma, { handlers: { 'test.second': async () => void ran.push('second') }, pollIntervalMs: 60_000 }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ran).toEqual([]);
    const first = createJobWorker(db.prisma, { handlers: { 'test.first': async () => void ran.push('first') } });
    try {
      const started = Date.now();
      expect(await first.runOnce()).toBe(1);
      await waitUntil(() => ran.length > 1, 10_000);
      expect(ran).toEqual(['first', 'second']);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await stopSecond();
    }
  });

  it('runs a job committed without a NOTIFY at once when its writer announces it in-process, and not before the poll otherwise', async () => {
    const ran: string[] = [];
    const worker = createJobWorker(db.prisma, { handlers: { 'test.hot': async (payload) => void ran.push(String((payload as { n: number }).n)) }, pollIntervalMs: 60_000 });
    const unsubscribe = onJobsEnqueuedLocally(() => worker.notify());
    const stop = worker.start();
    try {
      // Let the first round find the queue empty, so the worker sleeps on its minute-long poll.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await db.prisma.$transaction((tx) => enqueueJob(tx, { kind: 'test.hot', key: 'h1', payload: { n: 1 }, wake: false }));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(ran).toEqual([]);
      await db.prisma.$transaction((tx) => enqueueJob(tx, { kind: 'test.hot', key: 'h2', payload: { n: 2 }, wake: false }));
      const announcedAt = Date.now();
      announceJobEnqueuedLocally('test.hot');
      await waitUntil(() => ran.length === 2, 10_000);
      expect(ran.sort()).toEqual(['1', '2']);
      expect(Date.now() - announcedAt).toBeLessThan(5_000);
    } finally {
      unsubscribe();
      await stop();
    }
  });

  it('marks a job DEAD with its last error after its last attempt', async () => {
    const worker = createJobWorker(db.prisma, {
      handlers: { 'test.broken': async (_payload, job) => { throw new Error(`attempt ${job.attempt} failed`); } },
      backoff: { baseMs: 0, maxMs: 0 },
    });
    const id = await enqueueJob(db.prisma, { kind: 'test.broken', key: 'broken', maxAttempts: 3 });
    for (let i = 0; i < 5; i++) await worker.runOnce();
    expect(await jobRow(id)).toMatchObject({ state: 'DEAD', attempts: 3, lastError: 'Error: attempt 3 failed' });
    expect((await jobRow(id)).finishedAt).not.toBeNull();
  });

  it('runs the jobs of one key in order, never overtaking a job waiting for its retry', async () => {
    const ran: string[] = [];
    let failOnce = true;
    const worker = createJobWorker(db.prisma, {
      handlers: {
        'test.ordered': async (payload) => {
          const { n } = payload as { n: string };
          if (n === 'a1' && failOnce) {
            failOnce = false;
            throw new Error('first try fails');
          }
          ran.push(n);
        },
      },
      backoff: { baseMs: 60_000, maxMs: 60_000 },
    });
    for (const [key, n] of [['a', 'a1'], ['a', 'a2'], ['b', 'b1'], ['a', 'a3']] as const) {
      await enqueueJob(db.prisma, { kind: 'test.ordered', key, payload: { n } });
    }
    while (await worker.runOnce()) { /* until nothing is due */ }
    expect(ran).toEqual(['b1']);
    await makeDue();
    while (await worker.runOnce()) { /* drain */ }
    expect(ran).toEqual(['b1', 'a1', 'a2', 'a3']);
  });

  it('never runs one job twice, nor two jobs of one key at once, with workers racing', async () => {
    const keys = 10;
    const perKey = 12;
    for (let i = 0; i < perKey; i++) {
      for (let k = 0; k < keys; k++) await enqueueJob(db.prisma, { kind: 'test.race', key: `key-${k}`, payload: { k, i } });
    }
    const runs = new Map<string, number>();
    const active = new Set<string>();
    const order = new Map<string, number[]>();
    let overlaps = 0;
    const handler: JobHandler = async (payload, job) => {
      if (active.has(job.key)) overlaps += 1;
      active.add(job.key);
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      const { i } = payload as { i: number };
      order.set(job.key, [...(order.get(job.key) ?? []), i]);
      active.delete(job.key);
    };
    const workers = Array.from({ length: 4 }, (_, n) => createJobWorker(db.prisma, { handlers: { 'test.race': handler }, batchSize: 5, workerId: `w${n}` }));
    await Promise.all(workers.map(async (worker) => {
      for (let idle = 0; idle < 3;) idle = (await worker.runOnce()) ? 0 : idle + 1;
    }));
    expect(runs.size).toBe(keys * perKey);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(overlaps).toBe(0);
    for (const sequence of order.values()) expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    expect(await db.prisma.job.count({ where: { state: { not: 'DONE' } } })).toBe(0);
  });

  it('hands a batch handler every due job of its kind in one call, and retries only those it names', async () => {
    const calls: string[][] = [];
    const worker = createJobWorker(db.prisma, {
      handlers: {
        'test.bulk': {
          limit: 100,
          batch: async (jobs) => {
            calls.push(jobs.map((job) => (job.payload as { n: string }).n));
            return jobs.filter((job) => (job.payload as { n: string }).n === 'bad').map((job) => ({ job, error: new Error('no such thing') }));
          },
        },
      },
      backoff: { baseMs: 60_000, maxMs: 60_000 },
    });
    const ids = new Map<string, string>();
    for (const n of ['a', 'b', 'bad', 'c']) ids.set(n, await enqueueJob(db.prisma, { kind: 'test.bulk', key: n, payload: { n } }));
    // A second job of key "a" waits behind the first: never two of one key in one call.
    await enqueueJob(db.prisma, { kind: 'test.bulk', key: 'a', payload: { n: 'a2' } });

    expect(await worker.runOnce()).toBe(4);
    expect(calls).toEqual([['a', 'b', 'bad', 'c']]);
    for (const n of ['a', 'b', 'c']) expect(await jobRow(ids.get(n)!)).toMatchObject({ state: 'DONE', lockedBy: null });
    expect(await jobRow(ids.get('bad')!)).toMatchObject({ state: 'PENDING', attempts: 1, lastError: 'Error: no such thing' });
    expect(await worker.runOnce()).toBe(1);
    expect(calls.at(-1)).toEqual(['a2']);
  });

  it('stops its loop on request, after the round in progress', async () => {
    let ran = 0;
    const worker = createJobWorker(db.prisma, { handlers: { 'test.loop': async () => { ran += 1; } }, pollIntervalMs: 20 });
    const stop = worker.start();
    await enqueueJob(db.prisma, { kind: 'test.loop', key: 'loop' });
    for (let i = 0; i < 100 && ran === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await stop();
    expect(ran).toBe(1);
  });
});
