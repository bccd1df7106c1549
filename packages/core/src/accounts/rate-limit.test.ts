import { describe, expect, it } from 'vitest';
import { bucket, RATE_LIMITS, retryMessage } from './rate-limit.ts';

describe('rate limits', () => {
  it('say when to retry in whole minutes, rounded up', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    const later = (ms: number) => new Date(now.getTime() + ms);
    expect(retryMessage(later(14 * 60_000 + 1), now)).toBe('Try again in 15 minutes.');
    expect(retryMessage(later(30_000), now)).toBe('Try again in 1 minute.');
    expect(retryMessage(now, now)).toBe('Try again in 1 minute.');
  });

  it('keep e-mails and addresses out of bucket names', () => {
    const id = bucket(RATE_LIMITS.signInPerEmail, 'ada@example.com').id;
    expect(id).toMatch(/^sign-in:email:[\w-]{43}$/);
    expect(id).not.toContain('ada');
    expect(bucket(RATE_LIMITS.signInPerIp, 'ada@example.com').id).not.toBe(id);
  });
});
