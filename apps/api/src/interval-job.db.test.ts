// Interval jobs run once per interval across API processes: two runners of one job on one
// database (as two processes would have) share its runs instead of doubling them, and stopping
// waits for the run under way.
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIntervalJob } from './interval-job.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('interval jobs', () => {
  it('run once per interval however many processes start them', async () => {
    let runs = 0;
    const run = async () => {
      runs += 1;
      return 0;
    };
    const stops = [startIntervalJob(db.prisma, 'shared tick', 400, run, () => ''), startIntervalJob(db.prisma, 'shared tick', 400, run, () => '')];
    await sleep(2_100);
    await Promise.all(stops.map((stop) => stop()));
    // Five intervals passed: each runner alone would have run five times.
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(runs).toBeLessThanOrEqual(6);
    const row = await db.prisma.intervalJobRun.findUniqueOrThrow({ where: { name: 'shared tick' } });
    expect(row.runs).toBe(runs);
  });

  it('let the run under way finish when stopped', async () => {
    let finished = false;
    const stop = startIntervalJob(db.prisma, 'slow tick', 100, async () => {
      await sleep(500);
      finished = true;
      return 0;
    }, () => '');
    await sleep(250);
    await stop();
    expect(finished).toBe(true);
  });
});
