import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayOutbox, type OutgoingEmail } from './relay-outbox.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('relayOutbox', () => {
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
    await Promise.all([relayOutbox(db.prisma, send, 10), relayOutbox(db.prisma, send, 10)]);
    while ((await relayOutbox(db.prisma, send, 10)) > 0);
    expect(delivered).toHaveLength(29);
    expect(new Set(delivered).size).toBe(29);
    expect(await db.prisma.outboxEmail.count({ where: { sentAt: null } })).toBe(1);

    failFlaky = false;
    await relayOutbox(db.prisma, send, 10);
    expect(delivered).toContain('c7@example.test');
    expect(await db.prisma.outboxEmail.count({ where: { sentAt: null } })).toBe(0);
  });
});
