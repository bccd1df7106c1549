import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingEmail } from './outbox-claims.ts';
import { relayOutbox } from './relay-outbox.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.prisma.outboxEmail.deleteMany();
});

const T0 = new Date('2026-12-01T10:00:00Z');
const at = (ms: number) => ({ now: () => new Date(T0.getTime() + ms) });
const LEASE = 300_000;

/** Resolves with the promise's value, or rejects when it takes longer than `ms` (a stall). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`stalled for ${ms} ms`)), ms).unref())]);
}

async function queue(...tos: string[]): Promise<void> {
  for (const to of tos) await db.prisma.outboxEmail.create({ data: { to, subject: 'S', text: 'T', kind: 'order_confirmation' } });
}

/** A mailer that records each e-mail, then waits until `release()` (a slow mail server). */
function slowMailer() {
  const delivered: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const firstCall = new Promise<void>((resolve) => (started = resolve));
  const send = async (email: OutgoingEmail) => {
    delivered.push(email.to);
    started();
    await released;
  };
  return { delivered, send, firstCall, release };
}

describe('relayOutbox', () => {
  it("records the Message-ID the mail server accepted each e-mail under", async () => {
    await queue('receipt@example.test', 'silent@example.test');
    const sent = await relayOutbox(db.prisma, async (email) => (email.to === 'receipt@example.test' ? { messageId: '<abc@tandem.test>' } : undefined), { clock: at(0) });
    expect(sent).toBe(2);
    const rows = await db.prisma.outboxEmail.findMany({ orderBy: { to: 'asc' }, select: { to: true, messageId: true, sentAt: true } });
    expect(rows).toEqual([
      { to: 'receipt@example.test', messageId: '<abc@tandem.test>', sentAt: at(0).now() },
      { to: 'silent@example.test', messageId: null, sentAt: at(0).now() },
    ]);
  });

  it('delivers each e-mail once even with two relays running, and keeps failed ones for later', async () => {
    await db.prisma.outboxEmail.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ to: `c${i}@example.test`, subject: `S${i}`, text: 'T', kind: i === 7 ? 'flaky' : 'order_confirmation' })),
    });
    const delivered: string[] = [];
    let failFlaky = true;
    const send = async (email: OutgoingEmail) => {
      if (email.kind === 'flaky' && failFlaky) throw new Error('mail server down');
      delivered.push(email.to);
    };
    const options = { limit: 10, clock: at(0) };
    await Promise.all([relayOutbox(db.prisma, send, options), relayOutbox(db.prisma, send, options)]);
    while ((await relayOutbox(db.prisma, send, options)) > 0);
    expect(delivered).toHaveLength(29);
    expect(new Set(delivered).size).toBe(29);
    expect(await db.prisma.outboxEmail.count({ where: { sentAt: null } })).toBe(1);

    failFlaky = false;
    await relayOutbox(db.prisma, send, { limit: 10, clock: at(60_000) }); // after the first back-off
    expect(delivered).toContain('c7@example.test');
    expect(await db.prisma.outboxEmail.count({ where: { sentAt: null } })).toBe(0);
  });

  it('awaits a slow mailer with no transaction open: the e-mail row is not locked meanwhile', async () => {
    await queue('slow@example.test');
    const mailer = slowMailer();
    const run = relayOutbox(db.prisma, mailer.send, { clock: at(0) });
    await within(mailer.firstCall, 2_000);
    try {
      // NOWAIT fails at once on a row another transaction holds (PostgreSQL); on PGlite, with one
      // connection, any statement waits for an open transaction, so a stall shows up as a timeout.
      const probe = db.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "OutboxEmail" WHERE "to" = 'slow@example.test' FOR UPDATE NOWAIT`;
      expect(await within(probe, 1_000)).toHaveLength(1);
    } finally {
      mailer.release();
    }
    expect(await run).toBe(1);
  });

  it('claims one e-mail at a time: while one send hangs, another relay delivers the rest', async () => {
    await queue('a@example.test', 'b@example.test', 'c@example.test');
    const stuck = slowMailer();
    const stuckRun = relayOutbox(db.prisma, stuck.send, { clock: at(0) });
    await within(stuck.firstCall, 2_000);
    const other: string[] = [];
    const sent = await within(relayOutbox(db.prisma, async (e) => void other.push(e.to), { clock: at(0) }), 2_000).finally(stuck.release);
    expect(stuck.delivered).toEqual(['a@example.test']);
    expect(other).toEqual(['b@example.test', 'c@example.test']);
    expect(sent).toBe(2);
    await stuckRun;
  });

  it('after a crash between sending and marking, re-sends only that e-mail, once its lease ran out', async () => {
    await queue('a@example.test', 'b@example.test', 'c@example.test');
    const delivered: string[] = [];
    // The first relay's process dies inside the mailer, after the mail server accepted the e-mail.
    const crashed = slowMailer();
    void relayOutbox(db.prisma, crashed.send, { clock: at(0), leaseMs: LEASE });
    await within(crashed.firstCall, 2_000);
    const record = async (e: OutgoingEmail) => void delivered.push(e.to);

    expect(await within(relayOutbox(db.prisma, record, { clock: at(LEASE - 1_000), leaseMs: LEASE }), 2_000)).toBe(2);
    expect(delivered).toEqual(['b@example.test', 'c@example.test']); // a's lease still holds

    expect(await relayOutbox(db.prisma, record, { clock: at(LEASE + 1_000), leaseMs: LEASE })).toBe(1);
    expect([...crashed.delivered, ...delivered]).toEqual(['a@example.test', 'b@example.test', 'c@example.test', 'a@example.test']);
    expect(await db.prisma.outboxEmail.count({ where: { sentAt: null } })).toBe(0);
  });

  it('backs off after a failure, gives up after the last attempt and keeps the last error', async () => {
    await queue('down@example.test');
    let tries = 0;
    const failing = async () => {
      tries++;
      throw new Error(`mail server down (${tries})`);
    };
    const options = { maxAttempts: 3, retryBaseMs: 30_000 };
    await relayOutbox(db.prisma, failing, { ...options, clock: at(0) });
    await relayOutbox(db.prisma, failing, { ...options, clock: at(29_000) }); // still backing off
    expect(tries).toBe(1);
    await relayOutbox(db.prisma, failing, { ...options, clock: at(31_000) });
    await relayOutbox(db.prisma, failing, { ...options, clock: at(31_000 + 59_000) }); // the wait doubled
    expect(tries).toBe(2);
    await relayOutbox(db.prisma, failing, { ...options, clock: at(31_000 + 61_000) });
    await relayOutbox(db.prisma, failing, { ...options, clock: at(86_400_000) });
    expect(tries).toBe(3);
    expect(await db.prisma.outboxEmail.findFirst({ select: { sentAt: true, attempts: true, lastError: true } })).toEqual({
      sentAt: null,
      attempts: 3,
      lastError: 'Error: mail server down (3)',
    });
  });

  it('draws the attachments an e-mail names at every try, and retries when a document cannot be drawn yet', async () => {
    const ref = { kind: 'invoice', id: 'inv-1', filename: 'INV-000001.pdf' };
    await db.prisma.outboxEmail.create({ data: { to: 'paid@example.test', subject: 'Paid', text: 'T', kind: 'payment_received', attachments: [ref] } });
    let drawable = false;
    const drawn: string[] = [];
    const renderAttachment = async (r: typeof ref) => {
      drawn.push(r.id);
      if (!drawable) throw new Error('document store unavailable');
      return { filename: r.filename, contentType: 'application/pdf', content: new TextEncoder().encode(`%PDF ${r.id}`) };
    };
    const delivered: OutgoingEmail[] = [];
    const record = async (e: OutgoingEmail) => void delivered.push(e);

    expect(await relayOutbox(db.prisma, record, { clock: at(0), renderAttachment })).toBe(0);
    expect(delivered).toEqual([]);
    expect(await db.prisma.outboxEmail.findFirst({ select: { sentAt: true, lastError: true } })).toEqual({ sentAt: null, lastError: 'Error: document store unavailable' });

    drawable = true;
    expect(await relayOutbox(db.prisma, record, { clock: at(60_000), renderAttachment })).toBe(1);
    expect(drawn).toEqual(['inv-1', 'inv-1']);
    expect(delivered.map((e) => e.attachments.map((a) => [a.filename, a.contentType, new TextDecoder().decode(a.content)]))).toEqual([[['INV-000001.pdf', 'application/pdf', '%PDF inv-1']]]);
  });

  it('does not send an e-mail with attachments when the relay has no renderer for them', async () => {
    await db.prisma.outboxEmail.create({ data: { to: 'x@example.test', subject: 'S', text: 'T', kind: 'payment_received', attachments: [{ kind: 'invoice', id: 'i', filename: 'INV-000002.pdf' }] } });
    const delivered: string[] = [];
    expect(await relayOutbox(db.prisma, async (e) => void delivered.push(e.to), { clock: at(0) })).toBe(0);
    expect(delivered).toEqual([]);
    expect((await db.prisma.outboxEmail.findFirstOrThrow()).lastError).toMatch(/no attachment renderer/);
  });
});
