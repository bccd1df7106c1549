import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServices } from '../context.ts';
import { callerFor, codeOf, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let services: ApiServices;
let marketing: Caller;

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db.prisma);
  marketing = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['MARKETING'], { reauthenticated: true })).sessionToken });
});
afterAll(() => db.close());

async function customer() {
  const { customer, sessionToken } = await signedInCustomer(db.prisma);
  return { customer, api: callerFor(services, { sessionToken }) };
}

const application = (name: string) => ({ name, websiteUrl: `https://${name.toLowerCase().replaceAll(' ', '-')}.example/blog`, contactEmail: 'Editor@Example.test', note: 'We review bikes.' });

/** A customer whose application was approved. */
async function approvedPartner(name: string) {
  const who = await customer();
  await who.api.partners.submitApplication(application(name));
  const id = (await db.prisma.partner.findUniqueOrThrow({ where: { customerId: who.customer.id } })).id;
  await marketing.adminPartners.approve({ id });
  return { ...who, partnerId: id };
}

const withKey = (partnerKey: string) => callerFor(services, { partnerKey });

describe('applying to the partner programme', () => {
  it('makes a pending application with a readable code and the site as its origin', async () => {
    const { api, customer: me } = await customer();
    expect(await api.partners.myApplication()).toBeNull();
    const applied = await api.partners.submitApplication(application('Chain Stay'));
    expect(applied).toMatchObject({ code: 'chain-stay', status: 'PENDING', contactEmail: 'editor@example.test', applicationNote: 'We review bikes.' });
    const row = await db.prisma.partner.findUniqueOrThrow({ where: { customerId: me.id } });
    expect(row.allowedOrigins).toEqual(['https://chain-stay.example']);
    expect((await api.partners.myApplication())?.status).toBe('PENDING');
    // Not a partner yet: the portal's procedures are closed.
    expect(await codeOf(api.partners.profile())).toBe('FORBIDDEN');
    // One application per customer.
    expect(await codeOf(api.partners.submitApplication(application('Chain Stay Again')))).toBe('CONFLICT');
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: 'editor@example.test', kind: 'partner_application_received' } });
    expect(mail.text).toContain('Chain Stay');
  });

  it('gives a second site of the same name the next free code', async () => {
    const a = await customer();
    const b = await customer();
    expect((await a.api.partners.submitApplication(application('Velo Notes'))).code).toBe('velo-notes');
    expect((await b.api.partners.submitApplication(application('Velo Notes!'))).code).toBe('velo-notes-2');
  });

  it('needs a signed-in customer and a web address', async () => {
    expect(await codeOf(callerFor(services).partners.submitApplication(application('Guest Site')))).toBe('UNAUTHORIZED');
    const { api } = await customer();
    expect(await codeOf(api.partners.submitApplication({ ...application('Ftp Site'), websiteUrl: 'ftp://ftp.example' }))).toBe('BAD_REQUEST');
  });

  it('never shows one customer the application or keys of another', async () => {
    const a = await approvedPartner('Private Cycling');
    await a.api.partners.apiKeys.create({ label: 'Widget' });
    const b = await customer();
    expect(await b.api.partners.myApplication()).toBeNull();
    expect(await codeOf(b.api.partners.apiKeys.list())).toBe('FORBIDDEN');
    const c = await approvedPartner('Other Cycling');
    expect(await c.api.partners.apiKeys.list()).toEqual([]);
    const [aKey] = await a.api.partners.apiKeys.list();
    expect(await codeOf(c.api.partners.apiKeys.revoke({ id: aKey!.id }))).toBe('NOT_FOUND');
    expect((await a.api.partners.apiKeys.list())[0]?.revokedAt).toBeNull();
    expect((await c.api.partners.profile()).code).toBe('other-cycling');
  });
});

describe('staff review', () => {
  it('approves: status, PARTNER role, audit entry and e-mail in one go; twice changes nothing', async () => {
    const { api, customer: me } = await customer();
    await api.partners.submitApplication({ ...application('Roll Review'), contactEmail: 'roll@example.test' });
    const pending = await marketing.adminPartners.list({ status: 'PENDING', query: 'roll review' });
    expect(pending.items.map((p) => p.code)).toEqual(['roll-review']);
    expect(pending.counts.PENDING).toBeGreaterThanOrEqual(1);
    const id = pending.items[0]!.id;
    expect((await marketing.adminPartners.detail({ id })).can).toEqual({ approve: true, reject: true, suspend: false, reinstate: false });

    expect(await marketing.adminPartners.approve({ id })).toEqual({ changed: true });
    expect(await marketing.adminPartners.approve({ id })).toEqual({ changed: false });
    expect((await db.prisma.customer.findUniqueOrThrow({ where: { id: me.id } })).roles).toEqual(['CUSTOMER', 'PARTNER']);
    const audits = await db.prisma.auditEntry.findMany({ where: { entityId: id } });
    expect(audits.map((a) => a.action)).toEqual(['partners.partner.approve']);
    expect(await db.prisma.outboxEmail.count({ where: { to: 'roll@example.test', kind: 'partner_approved' } })).toBe(1);
    const detail = await marketing.adminPartners.detail({ id });
    expect(detail).toMatchObject({ status: 'APPROVED', account: { id: me.id }, can: { suspend: true, approve: false } });
    expect(detail.reviewedBy).toMatch(/@example\.test$/);
    expect((await api.partners.profile()).status).toBe('APPROVED');
  });

  it('rejects with a reason the applicant reads, who may then apply again', async () => {
    const { api, customer: me } = await customer();
    await api.partners.submitApplication({ ...application('Spam Deals'), contactEmail: 'deals@example.test' });
    const id = (await db.prisma.partner.findUniqueOrThrow({ where: { customerId: me.id } })).id;
    expect(await codeOf(marketing.adminPartners.reject({ id, reason: '' }))).toBe('BAD_REQUEST');
    await marketing.adminPartners.reject({ id, reason: 'Your site sells counterfeit parts.' });
    expect(await api.partners.myApplication()).toMatchObject({ status: 'REJECTED', reviewNote: 'Your site sells counterfeit parts.' });
    const mail = await db.prisma.outboxEmail.findFirstOrThrow({ where: { to: 'deals@example.test', kind: 'partner_rejected' } });
    expect(mail.text).toContain('Your site sells counterfeit parts.');
    // Suspending or reinstating an application is not a thing.
    expect(await codeOf(marketing.adminPartners.suspend({ id, reason: 'Not possible here.' }))).toBe('CONFLICT');
    expect(await codeOf(marketing.adminPartners.reinstate({ id }))).toBe('CONFLICT');

    const again = await api.partners.submitApplication({ ...application('Honest Deals'), contactEmail: 'deals@example.test' });
    expect(again).toMatchObject({ status: 'PENDING', code: 'honest-deals', reviewNote: null });
  });

  it('suspends (keys stop working, role removed) and reinstates', async () => {
    const partner = await approvedPartner('Gravel Guide');
    const { key } = await partner.api.partners.apiKeys.create({ label: 'Server' });
    expect((await withKey(key).partnerApi.me()).code).toBe('gravel-guide');

    await marketing.adminPartners.suspend({ id: partner.partnerId, reason: 'Your links point to a phishing page.' });
    expect(await codeOf(withKey(key).partnerApi.me())).toBe('FORBIDDEN');
    expect(await codeOf(partner.api.partners.profile())).toBe('FORBIDDEN');
    expect(await partner.api.partners.myApplication()).toMatchObject({ status: 'SUSPENDED', reviewNote: 'Your links point to a phishing page.' });
    expect((await db.prisma.customer.findUniqueOrThrow({ where: { id: partner.customer.id } })).roles).toEqual(['CUSTOMER']);
    expect(await codeOf(marketing.adminPartners.approve({ id: partner.partnerId }))).toBe('CONFLICT');

    await marketing.adminPartners.reinstate({ id: partner.partnerId });
    expect((await withKey(key).partnerApi.me()).name).toBe('Gravel Guide');
    const actions = (await db.prisma.auditEntry.findMany({ where: { entityId: partner.partnerId }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['partners.partner.approve', 'partners.partner.suspend', 'partners.partner.reinstate']);
  });

  it('is closed to customers and partners', async () => {
    const partner = await approvedPartner('No Admin');
    expect(await codeOf(partner.api.adminPartners.list({}))).toBe('FORBIDDEN');
    expect(await codeOf(partner.api.adminPartners.approve({ id: partner.partnerId }))).toBe('FORBIDDEN');
  });
});

describe('partner profile and API keys', () => {
  it('edits the profile and validated origins', async () => {
    const partner = await approvedPartner('Origin Story');
    const updated = await partner.api.partners.updateProfile({
      name: 'Origin Story Blog',
      websiteUrl: 'https://origin.example',
      contactEmail: 'os@example.test',
      allowedOrigins: ['https://origin.example', 'HTTP://127.0.0.1:5173/', 'https://origin.example'],
    });
    expect(updated).toMatchObject({ code: 'origin-story', name: 'Origin Story Blog', allowedOrigins: ['https://origin.example', 'http://127.0.0.1:5173'] });
    expect(await codeOf(partner.api.partners.updateProfile({ ...updated, allowedOrigins: ['https://origin.example/widget'] }))).toBe('BAD_REQUEST');
  });

  it('shows a key once, stores only its hash, and refuses it once revoked', async () => {
    const partner = await approvedPartner('Key Holder');
    const { key, apiKey } = await partner.api.partners.apiKeys.create({ label: 'Blog widget' });
    expect(key).toMatch(/^tpk_[0-9a-f]{8}_[0-9a-f]{48}$/);
    expect(key.startsWith(`${apiKey.prefix}_`)).toBe(true);
    const stored = await db.prisma.partnerApiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(stored.keyHash).not.toContain(key.slice(13));
    expect(JSON.stringify(await partner.api.partners.apiKeys.list())).not.toContain(key);
    // The same label twice (a double-clicked form) makes no second key.
    expect(await codeOf(partner.api.partners.apiKeys.create({ label: 'blog widget' }))).toBe('CONFLICT');

    const me = await withKey(key).partnerApi.me();
    expect(me).toEqual({ code: 'key-holder', name: 'Key Holder', websiteUrl: 'https://key-holder.example/blog', allowedOrigins: ['https://key-holder.example'], key: { label: 'Blog widget', prefix: apiKey.prefix } });
    expect((await partner.api.partners.apiKeys.list())[0]?.lastUsedAt).not.toBeNull();

    const revoked = await partner.api.partners.apiKeys.revoke({ id: apiKey.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect((await partner.api.partners.apiKeys.revoke({ id: apiKey.id })).revokedAt).toEqual(revoked.revokedAt);
    expect(await codeOf(withKey(key).partnerApi.me())).toBe('UNAUTHORIZED');
    // A revoked key's label may be used again.
    expect((await partner.api.partners.apiKeys.create({ label: 'Blog widget' })).apiKey.label).toBe('Blog widget');
  });

  it('refuses a missing, malformed or unknown key', async () => {
    expect(await codeOf(callerFor(services).partnerApi.me())).toBe('UNAUTHORIZED');
    expect(await codeOf(withKey('not-a-key').partnerApi.me())).toBe('UNAUTHORIZED');
    expect(await codeOf(withKey(`tpk_00000000_${'0'.repeat(48)}`).partnerApi.me())).toBe('UNAUTHORIZED');
  });
});
