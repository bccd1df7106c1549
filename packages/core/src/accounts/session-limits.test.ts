import { describe, expect, it } from 'vitest';
import { CUSTOMER_SESSION_LIMITS, sessionEndsAt, type SessionLimits } from './session-limits.ts';

const MINUTE = 60_000;
const t0 = new Date('2026-12-07T09:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);
const short: SessionLimits = { lifetimeMs: 12 * 60 * MINUTE, idleTimeoutMs: 30 * MINUTE };

describe('sessionEndsAt', () => {
  it('ends an idle session its idle timeout after the last request', () => {
    expect(sessionEndsAt({ createdAt: t0, lastSeenAt: at(100), expiresAt: at(10_000) }, short)).toEqual(at(130));
  });

  it('ends a busy session at its lifetime, however recent the last request', () => {
    expect(sessionEndsAt({ createdAt: t0, lastSeenAt: at(12 * 60 - 1), expiresAt: at(10_000) }, short)).toEqual(at(12 * 60));
  });

  it('never outlives the end written at sign-in', () => {
    expect(sessionEndsAt({ createdAt: t0, lastSeenAt: t0, expiresAt: at(5) }, short)).toEqual(at(5));
  });

  it('gives customers no idle timeout', () => {
    expect(sessionEndsAt({ createdAt: t0, lastSeenAt: t0, expiresAt: at(60 * 24 * 40) }, CUSTOMER_SESSION_LIMITS)).toEqual(at(60 * 24 * 30));
  });
});
