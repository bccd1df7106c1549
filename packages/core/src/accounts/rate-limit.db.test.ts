import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedUntil, bucket, createRateLimiter, isOver, type RateLimiter } from './rate-limit.ts';

const RULE = { name: 'test:limit', limit: 5, windowMs: 60_000 };
const t0 = new Date('2026-12-07T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

let db: TestDatabase;
let limiter: RateLimiter;

beforeAll(async () => {
  db = await createTestDatabase();
  limiter = createRateLimiter(db.prisma);
});
afterAll(() => db.close());

describe('the database rate limiter', () => {
  it('gives each of 25 parallel reservations its own count, so exactly the limit pass', async () => {
    const key = bucket(RULE, 'parallel');
    const reserved = await Promise.all(Array.from({ length: 25 }, () => limiter.reserve([key], t0)));
    expect(reserved.map(([r]) => r!.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(reserved.filter(([r]) => !isOver(r!))).toHaveLength(RULE.limit);
  });

  it('starts a new window once the old one has ended, and says until when a bucket is over', async () => {
    const key = bucket(RULE, 'window');
    for (let i = 0; i < RULE.limit; i++) await limiter.reserve([key], t0);
    const over = await limiter.reserve([key], at(30_000));
    expect(blockedUntil(over)).toEqual(at(RULE.windowMs));
    const [fresh] = await limiter.reserve([key], at(RULE.windowMs));
    expect(fresh).toMatchObject({ count: 1, previousAt: null, windowEndsAt: at(2 * RULE.windowMs) });
  });

  it('remembers the previous reservation, for delays measured between attempts', async () => {
    const key = bucket(RULE, 'previous');
    await limiter.reserve([key], t0);
    const [second] = await limiter.reserve([key], at(1_500));
    expect(second!.previousAt).toEqual(t0);
  });

  it('gives a point back within the window it was reserved in, and not in a later one', async () => {
    const key = bucket(RULE, 'refund');
    const first = await limiter.reserve([key], t0);
    await limiter.refund(first);
    const [again] = await limiter.reserve([key], t0);
    expect(again!.count).toBe(1);
    await limiter.reserve([key], at(RULE.windowMs));
    await limiter.refund([again!]);
    const [later] = await limiter.reserve([key], at(RULE.windowMs));
    expect(later!.count).toBe(2);
  });

  it('stores only hashed keys', async () => {
    await limiter.reserve([bucket(RULE, 'ada@example.com')], t0);
    const rows = await db.prisma.rateLimitCounter.findMany({ select: { bucket: true } });
    expect(rows.some((row) => row.bucket.includes('ada'))).toBe(false);
  });
});
