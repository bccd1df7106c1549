import { describe, expect, it } from 'vitest';
import { bucket, retryMessage, retrySoonMessage } from './rate-limit.ts';
import { pairDelayMs, SIGN_IN_LIMITS } from './sign-in-throttle.ts';

describe('rate limits', () => {
  it('say when to retry in whole minutes, rounded up', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    const later = (ms: number) => new Date(now.getTime() + ms);
    expect(retryMessage(later(14 * 60_000 + 1), now)).toBe('Try again in 15 minutes.');
    expect(retryMessage(later(30_000), now)).toBe('Try again in 1 minute.');
    expect(retryMessage(now, now)).toBe('Try again in 1 minute.');
  });

  it('say short waits in seconds, rounded up', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    const later = (ms: number) => new Date(now.getTime() + ms);
    expect(retrySoonMessage(later(1_000), now)).toBe('Try again in 1 second.');
    expect(retrySoonMessage(later(3_001), now)).toBe('Try again in 4 seconds.');
    expect(retrySoonMessage(later(5 * 60_000), now)).toBe('Try again in 5 minutes.');
  });

  it('keep e-mails and addresses out of bucket names', () => {
    const id = bucket(SIGN_IN_LIMITS.perAccount, 'ada@example.com').id;
    expect(id).toMatch(/^sign-in:email:[\w-]{43}$/);
    expect(id).not.toContain('ada');
    expect(bucket(SIGN_IN_LIMITS.perAddress, 'ada@example.com').id).not.toBe(id);
  });

  it('let a few sign-in failures of one account from one address pass, then double the wait up to a cap', () => {
    const free = SIGN_IN_LIMITS.perAccountAndAddress.limit;
    expect([1, free].map(pairDelayMs)).toEqual([0, 0]);
    expect([free + 1, free + 2, free + 3, free + 4].map(pairDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(pairDelayMs(free + 40)).toBe(60_000);
  });
});
