import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/index.ts';
import { createPartnerAccountsService, type PartnerAccountsService } from './accounts-service.ts';
import { authenticatePartnerKey } from './api-keys.ts';

let db: TestDatabase;
let service: PartnerAccountsService;
let clock = new Date('2026-12-01T10:00:00Z');
let n = 0;

beforeAll(async () => {
  db = await createTestDatabase();
  service = createPartnerAccountsService(db.prisma, { storefrontUrl: 'https://shop.example/', now: () => clock });
});
afterAll(() => db.close());

async function applicant() {
  const customer = await db.prisma.customer.create({ data: { email: `applicant-${++n}@example.test`, name: `Applicant ${n}`, passwordHash: 'unused' } });
  return { id: customer.id, email: customer.email, name: customer.name };
}

const form = (name: string) => ({ name, websiteUrl: 'http://127.0.0.1:5173/blog', contactEmail: 'ed@example.test', note: '' });
const staff = { id: 'staff-1', email: 'mia@tandem.test', name: 'Mia' };

describe('partner applications', () => {
  it('counts a double-submitted application once', async () => {
    const who = await applicant();
    const results = await Promise.allSettled([service.apply(who, form('Twice Sent')), service.apply(who, form('Twice Sent'))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(DomainError);
    expect(await db.prisma.partner.count({ where: { customerId: who.id } })).toBe(1);
  });

  it('gives concurrent applications of one name distinct codes', async () => {
    const people = await Promise.all([applicant(), applicant(), applicant()]);
    const made = await Promise.all(people.map((who) => service.apply(who, form('Same Name'))));
    expect(made.map((p) => p.code).sort()).toEqual(['same-name', 'same-name-2', 'same-name-3']);
  });

  it('links the e-mails to the storefront portal', async () => {
    const who = await applicant();
    await service.apply(who, { ...form('Mail Check'), contactEmail: 'mail-check@example.test' });
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: 'mail-check@example.test' } });
    expect(mail.text).toContain('https://shop.example/partners');
  });
});

describe('API key authentication', () => {
  it('writes lastUsedAt at most once a minute', async () => {
    const who = await applicant();
    await service.apply(who, form('Busy Key'));
    const partner = await db.prisma.partner.findUniqueOrThrow({ where: { customerId: who.id } });
    await service.admin.approve(staff, partner.id);
    const { key, apiKey } = await service.apiKeys.create(partner.id, 'Server');
    const deps = { prisma: db.prisma, now: () => clock };
    expect((await authenticatePartnerKey(deps, key)).ok).toBe(true);
    const first = (await db.prisma.partnerApiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt;
    expect(first).toEqual(clock);
    clock = new Date(clock.getTime() + 30_000);
    await authenticatePartnerKey(deps, key);
    expect((await db.prisma.partnerApiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).toEqual(first);
    clock = new Date(clock.getTime() + 60_000);
    await authenticatePartnerKey(deps, key);
    expect((await db.prisma.partnerApiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).toEqual(clock);
  });

  it('allows at most ten active keys', async () => {
    const who = await applicant();
    await service.apply(who, form('Many Keys'));
    const partner = await db.prisma.partner.findUniqueOrThrow({ where: { customerId: who.id } });
    await Promise.all(Array.from({ length: 10 }, (_, i) => service.apiKeys.create(partner.id, `Key ${i}`)));
    await expect(service.apiKeys.create(partner.id, 'Key 11')).rejects.toThrow(/at most 10 active keys/);
  });
});
