import { describe, expect, it } from 'vitest';
import { issueOneTimeLink, oneTimeLinkState } from './one-time-links.ts';
import { hashToken } from './tokens.ts';

const now = new Date('2026-12-07T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('one-time links', () => {
  it('stores only the hash of the token it hands out, expiring after the lifetime', () => {
    const { token, row } = issueOneTimeLink(now, 60_000);
    expect(row).toEqual({ tokenHash: hashToken(token), createdAt: now, expiresAt: later(60_000) });
    expect(row.tokenHash).not.toContain(token);
  });

  it('tells a valid link from an unknown, used or expired one; a used link stays used', () => {
    expect(oneTimeLinkState(null, now)).toBe('invalid');
    expect(oneTimeLinkState({ expiresAt: later(1), usedAt: null }, now)).toBe('valid');
    expect(oneTimeLinkState({ expiresAt: now, usedAt: null }, now)).toBe('expired');
    expect(oneTimeLinkState({ expiresAt: later(-1), usedAt: later(-2) }, now)).toBe('used');
  });
});
