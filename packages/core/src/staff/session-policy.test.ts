import { describe, expect, it } from 'vitest';
import { CUSTOMER_SESSION_LIMITS } from '../accounts/index.ts';
import { hasRecentReauth, sessionLimitsFor, STAFF_SESSION } from './session-policy.ts';

const now = new Date('2026-12-07T09:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('staff session policy', () => {
  it('gives any account with a staff role the short staff limits', () => {
    expect(sessionLimitsFor(['CUSTOMER', 'SUPPORT'])).toEqual({ idleTimeoutMs: 30 * 60_000, lifetimeMs: 12 * 3_600_000 });
    expect(sessionLimitsFor(['CUSTOMER', 'PARTNER'])).toBe(CUSTOMER_SESSION_LIMITS);
  });

  it('accepts a password typed within the window, not before it, not never', () => {
    expect(hasRecentReauth(ago(STAFF_SESSION.reauthWindowMs), now)).toBe(true);
    expect(hasRecentReauth(ago(STAFF_SESSION.reauthWindowMs + 1), now)).toBe(false);
    expect(hasRecentReauth(null, now)).toBe(false);
  });
});
