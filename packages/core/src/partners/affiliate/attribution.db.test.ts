import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { attributedClick } from './attribution.ts';
import { recordClick } from './record-click.ts';

let db: TestDatabase;
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const DAY = 86_400_000;
const t0 = new Date('2026-11-01T12:00:00Z');
let n = 0;

async function partner(status: 'APPROVED' | 'SUSPENDED' = 'APPROVED') {
  n += 1;
  const customer = await db.prisma.customer.create({ data: { email: `partner-${n}@example.test`, name: `P${n}`, passwordHash: 'x' } });
  return db.prisma.partner.create({ data: { code: `site-${n}`, name: `Site ${n}`, websiteUrl: 'https://example.test', contactEmail: customer.email, customerId: customer.id, status } });
}

const click = (code: string, now: Date, existingToken?: string | null, ip = `198.51.100.${n}`) =>
  recordClick(db.prisma, { partnerCode: code, source: 'LINK', existingToken, ip, userAgent: BROWSER }, { ipHashKey: 'test-key-test-key', now });

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.prisma.affiliateProgram.update({ where: { id: 1 }, data: { attributionWindowDays: 30, attributionModel: 'LAST_CLICK' } });
});

describe('attribution', () => {
  it('attributes to the last valid click by default and to the first one under FIRST_CLICK', async () => {
    const [a, b] = [await partner(), await partner()];
    const first = await click(a.code, t0);
    const second = await click(b.code, new Date(t0.getTime() + DAY), first.referralToken);
    expect(second.referralToken).toBe(first.referralToken);
    const now = new Date(t0.getTime() + 2 * DAY);
    expect((await attributedClick(db.prisma, first.referralToken, now))?.partnerId).toBe(b.id);
    await db.prisma.affiliateProgram.update({ where: { id: 1 }, data: { attributionModel: 'FIRST_CLICK' } });
    expect(await attributedClick(db.prisma, first.referralToken, now)).toMatchObject({ partnerId: a.id, model: 'FIRST_CLICK' });
  });

  it('counts a click exactly at the window edge and not a millisecond after', async () => {
    const p = await partner();
    const { referralToken } = await click(p.code, t0);
    const edge = new Date(t0.getTime() + 30 * DAY);
    expect((await attributedClick(db.prisma, referralToken, edge))?.partnerId).toBe(p.id);
    expect(await attributedClick(db.prisma, referralToken, new Date(edge.getTime() + 1))).toBeNull();
  });

  it('follows the programme window: a shorter window drops older clicks, first click falls back to the oldest still inside', async () => {
    const [a, b] = [await partner(), await partner()];
    const old = await click(a.code, t0);
    await click(b.code, new Date(t0.getTime() + 10 * DAY), old.referralToken);
    await db.prisma.affiliateProgram.update({ where: { id: 1 }, data: { attributionWindowDays: 7, attributionModel: 'FIRST_CLICK' } });
    expect((await attributedClick(db.prisma, old.referralToken, new Date(t0.getTime() + 12 * DAY)))?.partnerId).toBe(b.id);
  });

  it('ignores clicks from the future, bots, floods, partners no longer approved and unknown tokens', async () => {
    const p = await partner();
    const { referralToken } = await click(p.code, t0);
    expect(await attributedClick(db.prisma, referralToken, new Date(t0.getTime() - 1))).toBeNull();
    expect(await attributedClick(db.prisma, 'x'.repeat(32), t0)).toBeNull();
    expect(await attributedClick(db.prisma, 'not a token', t0)).toBeNull();
    await db.prisma.partner.update({ where: { id: p.id }, data: { status: 'SUSPENDED' } });
    expect(await attributedClick(db.prisma, referralToken, t0)).toBeNull();
  });

  it('a flood click is kept, marked, and gets no token; under the limit the same address still counts', async () => {
    const p = await partner();
    await db.prisma.affiliateProgram.update({ where: { id: 1 }, data: { floodClicksPerMinute: 3 } });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await click(p.code, new Date(t0.getTime() + i * 1_000), null, '192.0.2.9'));
    expect(results.map((r) => r.filtered)).toEqual([null, null, null, 'FLOOD', 'FLOOD']);
    expect(results[3]!.referralToken).toBeNull();
    const stored = await db.prisma.affiliateClick.findMany({ where: { partnerId: p.id }, orderBy: { createdAt: 'asc' } });
    expect(stored.map((c) => c.filterReason)).toEqual([null, null, null, 'FLOOD', 'FLOOD']);
    expect(stored[0]!.ipHash).not.toContain('192.0.2.9');
    expect((await click(p.code, new Date(t0.getTime() + 65_000), null, '192.0.2.9')).filtered).toBeNull();
    await db.prisma.affiliateProgram.update({ where: { id: 1 }, data: { floodClicksPerMinute: 10 } });
  });

  it('counts a burst of 25 parallel clicks from one address: only the limit gets tokens', async () => {
    const p = await partner();
    await db.prisma.affiliateProgram.update({ where: { id: 1 }, data: { floodClicksPerMinute: 3 } });
    const results = await Promise.all(Array.from({ length: 25 }, () => click(p.code, t0, null, '192.0.2.10')));
    expect(results.filter((r) => r.filtered === null)).toHaveLength(3);
    expect(results.filter((r) => r.filtered === 'FLOOD')).toHaveLength(22);
    await db.prisma.affiliateProgram.update({ where: { id: 1 }, data: { floodClicksPerMinute: 10 } });
  });

  it('a bot is recorded as BOT without a token; an unknown or pending partner records nothing', async () => {
    const p = await partner();
    const bot = await recordClick(db.prisma, { partnerCode: p.code, source: 'WIDGET', ip: '192.0.2.1', userAgent: 'Googlebot/2.1' }, { ipHashKey: 'k'.repeat(16), now: t0 });
    expect(bot).toMatchObject({ filtered: 'BOT', referralToken: null });
    expect(await db.prisma.affiliateClick.count({ where: { partnerId: p.id, filterReason: 'BOT', source: 'WIDGET' } })).toBe(1);
    const pending = await partner('SUSPENDED');
    const before = await db.prisma.affiliateClick.count();
    expect((await click(pending.code, t0)).filtered).toBe('UNKNOWN_PARTNER');
    expect((await click('no-such-partner', t0)).referralToken).toBeNull();
    expect(await db.prisma.affiliateClick.count()).toBe(before);
  });
});
