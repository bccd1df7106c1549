import { randomBytes } from 'node:crypto';
import { QUESTIONS_PER_IP } from '@tandem/core/support';
import { seedSupport } from '@tandem/db/seed';
import { createTestDatabase, TEST_STOREFRONT_URL, makeCategory, makeProduct, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices, type ApiServices } from '../context.ts';
import { embeddedAdapters } from '../testing/adapters.ts';
import { callerFor, codeOf, signedInCustomer, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;
let agent: Caller;
let clock = new Date('2026-11-23T09:00:00Z');
let ips = 0;

const formKey = () => randomBytes(24).toString('base64url');
const guest = () => callerFor(services, { ip: `198.51.100.${++ips}` });
const hours = (n: number) => n * 3_600_000;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedSupport(db.prisma);
  services = createApiServices(db.prisma, { ...embeddedAdapters(db.prisma), storefrontUrl: TEST_STOREFRONT_URL, accounts: { scryptCost: { N: 1024, r: 8, p: 1 } }, support: { now: () => clock } });
  agent = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['SUPPORT'])).sessionToken });
});
afterAll(() => db.close());

const ask = (api: Caller, message: string, extra: { productId?: string; subject?: string; requestKey?: string } = {}) =>
  api.support.ask({ requestKey: extra.requestKey ?? formKey(), name: 'Ada Guest', email: 'ada@example.test', message, ...extra });

describe('a shopper asks a question', () => {
  it('gets the FAQ answer at once when it matches, and can still ask for a person', async () => {
    const api = guest();
    const { conversation, token } = await ask(api, 'What is your return policy? I bought a helmet that does not fit.');
    expect(conversation.status).toBe('AUTO_ANSWERED');
    expect(conversation.autoAnswer?.question).toBe('How do I return a product?');
    expect(conversation.messages.map((m) => m.author)).toEqual(['CUSTOMER', 'AUTOMATIC']);
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: 'ada@example.test', kind: 'support_auto_answer' }, orderBy: { createdAt: 'desc' } });
    expect(mail.text).toContain('within 30 days');
    expect(mail.text).toContain(`https://shop.example/support/${token}`);

    // Not in the agents' queue until the shopper asks for a person.
    const before = await agent.adminSupport.inbox({ query: conversation.reference });
    expect(before.items).toHaveLength(0);
    const escalated = await api.support.requestPerson({ token });
    expect(escalated.status).toBe('OPEN');
    const waiting = await agent.adminSupport.inbox({ query: conversation.reference });
    expect(waiting.items[0]?.responseDueAt?.getTime()).toBe(clock.getTime() + hours(24));
    // Twice changes nothing.
    expect((await api.support.requestPerson({ token })).status).toBe('OPEN');
  });

  it('becomes a ticket with a 24-hour target when no FAQ entry fits; a replayed form creates nothing new', async () => {
    const category = await makeCategory(db.prisma, 'support-helmets');
    const product = await makeProduct(db.prisma, { slug: 'aero-helmet', title: 'Aero Helmet', categoryId: category.id, variants: [{ priceAmount: 9_900, stockOnHand: 2 }] });
    const api = guest();
    const requestKey = formKey();
    const question = 'Is this helmet compatible with a MIPS liner?';
    const [first, replay] = await Promise.all([ask(api, question, { productId: product.id, requestKey }), ask(api, question, { productId: product.id, requestKey })]);
    expect(replay.conversation.number).toBe(first.conversation.number);
    expect(first.conversation).toMatchObject({ status: 'OPEN', subject: 'Question about Aero Helmet', product: { slug: 'aero-helmet' }, autoAnswer: null });
    expect(await db.prisma.supportTicket.count({ where: { productId: product.id } })).toBe(1);
    expect(await db.prisma.outboxEmail.count({ where: { kind: 'support_received', subject: { contains: first.conversation.reference } } })).toBe(1);
  });

  it('rejects unknown products, short messages and bad form keys with clear errors', async () => {
    await expect(ask(guest(), 'Does this come in blue, please?', { productId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(ask(guest(), 'Hi')).rejects.toThrow(/at least 10 characters/);
    await expect(ask(guest(), 'A perfectly fine question here', { requestKey: 'short' })).rejects.toThrow(/reload the page/);
  });

  it('limits how many questions one address can send', async () => {
    const api = callerFor(services, { ip: '192.0.2.99' });
    for (let i = 0; i < 10; i++) await ask(api, `Question number ${i} about nothing in the FAQ at all`);
    await expect(ask(api, 'And one more question about something else')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('holds the per-address limit for 25 questions sent at once', async () => {
    const api = callerFor(services, { ip: '192.0.2.98' });
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) => ask(api, `Parallel question ${i} about nothing in the FAQ at all`).then(() => 'OK', (e: { code: string }) => e.code)),
    );
    expect(answers.filter((a) => a === 'OK')).toHaveLength(QUESTIONS_PER_IP.limit);
    expect(answers.filter((a) => a === 'TOO_MANY_REQUESTS')).toHaveLength(25 - QUESTIONS_PER_IP.limit);
  });
});

describe('the agents inbox', () => {
  it('sorts waiting tickets by time left, overdue first, and counts the overdue ones', async () => {
    const subjects: string[] = [];
    for (const offset of [0, -30, -20]) {
      clock = new Date(Date.parse('2026-11-25T12:00:00Z') + hours(offset));
      const { conversation } = await ask(guest(), `Sorting check ${offset}: something only a person can answer`, { subject: `sla ${offset}` });
      subjects.push(conversation.subject);
    }
    clock = new Date('2026-11-25T12:00:00Z');
    const inbox = await agent.adminSupport.inbox({ query: 'sla ' });
    expect(inbox.items.map((item) => item.subject)).toEqual(['sla -30', 'sla -20', 'sla 0']);
    expect(inbox.items.map((item) => item.overdue)).toEqual([true, false, false]);
    expect(inbox.items[0]?.timeLeftMs).toBe(-hours(6));
    expect(inbox.overdue).toBeGreaterThanOrEqual(1);
  });

  it('an agent reply reaches the shopper by e-mail and in the conversation; the shopper answers back', async () => {
    const api = guest();
    const { conversation, token } = await ask(api, 'Can you true my wheel if I send it in by post?');
    const ticket = (await agent.adminSupport.inbox({ query: conversation.reference })).items[0]!;
    const requestKey = formKey();
    const [answered] = await Promise.all([
      agent.adminSupport.reply({ ticketId: ticket.id, requestKey, body: 'Yes: send it to our workshop, truing costs €15.' }),
      agent.adminSupport.reply({ ticketId: ticket.id, requestKey, body: 'Yes: send it to our workshop, truing costs €15.' }),
    ]);
    expect(answered.status).toBe('ANSWERED');
    expect(answered.firstRespondedAt).toEqual(clock);
    expect(answered.messages.filter((m) => m.author === 'AGENT')).toHaveLength(1);

    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { kind: 'support_reply', subject: { contains: conversation.reference } } });
    expect(mail.text).toContain('truing costs €15');
    const link = /https:\/\/shop\.example\/support\/([\w-]+)/.exec(mail.text)?.[1];
    expect(link).toBeDefined();
    expect(link).not.toBe(token);
    const seen = await guest().support.conversation({ token: link! });
    expect(seen.messages.at(-1)).toMatchObject({ author: 'AGENT', authorName: expect.stringMatching(/Shopper/) as string });

    const followUp = await api.support.reply({ conversation: { token }, requestKey: formKey(), body: 'Great, sending it tomorrow.' });
    expect(followUp.status).toBe('OPEN');
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityId: ticket.id, action: 'support.ticket.reply' } });
    expect(entry.before).toMatchObject({ status: 'OPEN' });
    expect(entry.after).toMatchObject({ status: 'ANSWERED' });
  });
});

describe('signed-in shoppers', () => {
  it('see their own conversations in their account, and nobody else sees them', async () => {
    const owner = await signedInCustomer(db.prisma);
    const other = await signedInCustomer(db.prisma);
    const mine = callerFor(services, { sessionToken: owner.sessionToken, ip: '203.0.113.50' });
    const theirs = callerFor(services, { sessionToken: other.sessionToken, ip: '203.0.113.51' });
    const { conversation } = await ask(mine, 'My order arrived with a scratched frame, what now?');
    const list = await mine.support.conversations();
    expect(list.map((c) => c.number)).toContain(conversation.number);
    expect((await mine.support.conversation({ number: conversation.number })).subject).toBe(conversation.subject);
    expect(await codeOf(theirs.support.conversation({ number: conversation.number }))).toBe('NOT_FOUND');
    expect(await codeOf(guest().support.conversation({ number: conversation.number }))).toBe('UNAUTHORIZED');
    expect(await codeOf(guest().support.conversation({ token: formKey() }))).toBe('NOT_FOUND');
    expect((await db.prisma.supportTicket.findFirstOrThrow({ where: { number: conversation.number } })).email).toBe(owner.customer.email);
  });
});

describe('FAQ management', () => {
  it('an entry an agent adds answers the next matching question, and every change is audited', async () => {
    const created = await agent.adminSupport.faq.create({ question: 'Do you sell gift cards?', answer: 'Yes, from €10 to €500, delivered by e-mail.', keywords: ['gift card', 'voucher', 'present'] });
    const { conversation } = await ask(guest(), 'Can I buy a gift card as a present for my brother?');
    expect(conversation.autoAnswer).toEqual({ question: 'Do you sell gift cards?', answer: 'Yes, from €10 to €500, delivered by e-mail.' });

    await agent.adminSupport.faq.update({ id: created.id, published: false });
    expect((await guest().support.faq()).map((e) => e.id)).not.toContain(created.id);
    const { conversation: later } = await ask(guest(), 'Can I buy a gift card as a present for my sister?');
    expect(later.status).toBe('OPEN');

    await agent.adminSupport.faq.remove({ id: created.id });
    const admin = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['ADMIN'])).sessionToken });
    const log = await admin.adminAudit.list({ entityId: created.id });
    expect(log.items.map((e) => e.action)).toEqual(['support.faq.delete', 'support.faq.update', 'support.faq.create']);
    expect(log.items[1]).toMatchObject({ before: { published: true }, after: { published: false } });
    expect(log.items[0]?.after).toBeNull();
    expect(await codeOf(agent.adminAudit.list({}))).toBe('FORBIDDEN');
  });

  it('canned replies are listed by title and editable', async () => {
    const reply = await agent.adminSupport.cannedReplies.create({ title: 'Zz test reply', body: 'Thanks, we are on it.' });
    const updated = await agent.adminSupport.cannedReplies.update({ id: reply.id, body: 'Thanks, we are on it today.' });
    expect(updated.body).toBe('Thanks, we are on it today.');
    const titles = (await agent.adminSupport.cannedReplies.list()).map((r) => r.title);
    expect(titles).toEqual([...titles].sort());
    expect(titles).toContain('Zz test reply');
  });
});
