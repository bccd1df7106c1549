import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineEmailTemplate, queueEmail, queueEmailOnce, wasEmailQueued } from './email-template.ts';
import { latestEmail } from './outbox-reads.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

const welcome = defineEmailTemplate('welcome', (d: { name: string }) => ({ subject: `Welcome, ${d.name}`, text: `Hello ${d.name},\n\nglad you are here.` }));
const newsletter = defineEmailTemplate('newsletter', (d: { issue: number }) => ({ subject: `Issue ${d.issue}`, text: `Issue ${d.issue}`, html: `<h1>Issue ${d.issue}</h1>` }));

describe('queueEmail', () => {
  it('stores the rendered e-mail with its kind, unsent, and returns its id', async () => {
    const id = await queueEmail(db.prisma, welcome, 'ada@example.test', { name: 'Ada' });
    const row = await db.prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ to: 'ada@example.test', kind: 'welcome', subject: 'Welcome, Ada', text: 'Hello Ada,\n\nglad you are here.', html: null, sentAt: null });
    expect(await latestEmail(db.prisma, 'ada@example.test')).toMatchObject({ id, kind: 'welcome' });
  });

  it('keeps the html part when the template renders one', async () => {
    const id = await queueEmail(db.prisma, newsletter, 'html@example.test', { issue: 7 });
    expect(await db.prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ subject: 'Issue 7', html: '<h1>Issue 7</h1>' });
  });

  it('queues nothing when the transaction it was queued in rolls back', async () => {
    const failed = db.prisma.$transaction(async (tx) => {
      await queueEmail(tx, welcome, 'rollback@example.test', { name: 'Bo' });
      throw new Error('the change failed');
    });
    await expect(failed).rejects.toThrow('the change failed');
    expect(await db.prisma.outboxEmail.count({ where: { to: 'rollback@example.test' } })).toBe(0);
  });
});

describe('wasEmailQueued', () => {
  it('tells whether an e-mail of this kind went to this address', async () => {
    await queueEmail(db.prisma, welcome, 'once@example.test', { name: 'Cy' });
    expect(await wasEmailQueued(db.prisma, 'once@example.test', 'welcome')).toBe(true);
    expect(await wasEmailQueued(db.prisma, 'once@example.test', 'newsletter')).toBe(false);
    expect(await wasEmailQueued(db.prisma, 'other@example.test', 'welcome')).toBe(false);
  });
});

describe('queueEmailOnce', () => {
  it('queues once per key, inside a transaction too, and a new key with the same subject queues again', async () => {
    expect(await queueEmailOnce(db.prisma, newsletter, 'keyed@example.test', { issue: 8 }, 'issue:8:first')).toBe(true);
    expect(await db.prisma.$transaction((tx) => queueEmailOnce(tx, newsletter, 'keyed@example.test', { issue: 8 }, 'issue:8:first'))).toBe(false);
    expect(await queueEmailOnce(db.prisma, newsletter, 'keyed@example.test', { issue: 8 }, 'issue:8:second')).toBe(true);
    expect(await db.prisma.outboxEmail.count({ where: { to: 'keyed@example.test', subject: 'Issue 8' } })).toBe(2);
  });
});
