import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import type { PrismaClient } from '@tandem/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, signedInCustomer, testServices, type Caller } from '../testing/callers.ts';

let db: TestDatabase;
let staff: Caller;
let anonymous: Caller;
const partners: Record<string, { caller: Caller; id: string }> = {};

async function partnerCaller(prisma: PrismaClient, services: ReturnType<typeof testServices>, code: string) {
  const { customer, sessionToken } = await signedInCustomer(prisma, ['PARTNER']);
  const partner = await prisma.partner.create({
    data: { code, name: `Site ${code}`, websiteUrl: `https://${code}.example`, contactEmail: `${code}@example.test`, customerId: customer.id, status: 'APPROVED', allowedOrigins: [`https://www.${code}.example`] },
  });
  return { caller: callerFor(services, { sessionToken }), id: partner.id };
}

beforeAll(async () => {
  db = await createTestDatabase();
  const services = testServices(db.prisma);
  anonymous = callerFor(services);
  staff = callerFor(services, { sessionToken: (await signedInCustomer(db.prisma, ['ADMIN'])).sessionToken });
  for (const code of ['owner', 'alpha', 'bravo']) partners[code] = await partnerCaller(db.prisma, services, code);
});
afterAll(() => db.close());

describe('web rings through the API', () => {
  it('lets staff create a ring owned by a partner, audited', async () => {
    const ring = await staff.adminRings.create({ slug: 'bike-blogs', name: 'Bike blogs', description: 'Blogs about bikes', ownerCode: 'owner' });
    expect(ring.slug).toBe('bike-blogs');
    const audit = await db.prisma.auditEntry.findMany({ where: { action: 'partners.ring.create' } });
    expect(audit).toHaveLength(1);
    await expect(staff.adminRings.create({ slug: 'bike-blogs', name: 'Again' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(staff.adminRings.create({ slug: 'x-ring', name: 'X', ownerCode: 'nobody' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('takes join requests only for pages on the partner’s own site', async () => {
    await expect(partners.alpha!.caller.rings.join({ slug: 'bike-blogs', pageUrl: 'https://elsewhere.example/page' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(partners.alpha!.caller.rings.join({ slug: 'bike-blogs', pageUrl: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await partners.alpha!.caller.rings.join({ slug: 'bike-blogs', pageUrl: 'https://alpha.example/ring', message: 'Hi' })).toMatchObject({ status: 'PENDING' });
    expect(await partners.bravo!.caller.rings.join({ slug: 'bike-blogs', pageUrl: 'https://www.bravo.example/links' })).toMatchObject({ status: 'PENDING' });
  });

  it('lets the ring’s owner decide requests, nobody else', async () => {
    const requests = await db.prisma.webRingJoinRequest.findMany({ orderBy: { createdAt: 'asc' } });
    await expect(partners.bravo!.caller.rings.decide({ requestId: requests[0]!.id, decision: 'APPROVED' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(anonymous.rings.decide({ requestId: requests[0]!.id, decision: 'APPROVED' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await partners.owner!.caller.rings.decide({ requestId: requests[0]!.id, decision: 'APPROVED' })).toMatchObject({ status: 'APPROVED' });
    // A replay of the same decision changes nothing; the opposite one is refused.
    expect(await partners.owner!.caller.rings.decide({ requestId: requests[0]!.id, decision: 'APPROVED' })).toMatchObject({ status: 'APPROVED' });
    await expect(partners.owner!.caller.rings.decide({ requestId: requests[0]!.id, decision: 'REJECTED' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await staff.adminRings.decide({ requestId: requests[1]!.id, decision: 'APPROVED', note: 'Welcome' })).toMatchObject({ status: 'APPROVED' });
    expect(await db.prisma.auditEntry.count({ where: { action: 'partners.ring.request.approve' } })).toBe(1);
    expect(await db.prisma.webRingMember.count()).toBe(2);
  });

  it('shows the public index with live members only, in ring order', async () => {
    const detail = await staff.adminRings.detail({ slug: 'bike-blogs' });
    expect(detail.members.map((m) => m.partner.code)).toEqual(['alpha', 'bravo']);
    await partners.owner!.caller.rings.reorder({ slug: 'bike-blogs', memberIds: [detail.members[1]!.id, detail.members[0]!.id] });
    await expect(partners.alpha!.caller.rings.reorder({ slug: 'bike-blogs', memberIds: [detail.members[0]!.id, detail.members[1]!.id] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(partners.owner!.caller.rings.reorder({ slug: 'bike-blogs', memberIds: [detail.members[0]!.id] })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await db.prisma.webRingMember.update({ where: { id: detail.members[0]!.id }, data: { health: 'DOWN' } });
    const index = await anonymous.rings.index({ slug: 'bike-blogs' });
    expect(index.members.map((m) => m.code)).toEqual(['bravo']);
    expect(await anonymous.rings.list()).toEqual([{ slug: 'bike-blogs', name: 'Bike blogs', description: 'Blogs about bikes', owner: 'Site owner', liveMembers: 1 }]);
  });

  it('gives partners their memberships, the owner their requests, and the ring bar snippet', async () => {
    const alpha = await partners.alpha!.caller.rings.mine();
    expect(alpha.rings[0]).toMatchObject({ slug: 'bike-blogs', owned: false, membership: { health: 'DOWN', pageUrl: 'https://alpha.example/ring' } });
    const owner = await partners.owner!.caller.rings.mine();
    expect(owner.owned.map((r) => r.slug)).toEqual(['bike-blogs']);
    const snippet = await partners.alpha!.caller.rings.snippet({ slug: 'bike-blogs' });
    expect(snippet.fallback).toContain('/rings/bike-blogs/next?from=alpha');
    expect(snippet.element).toContain('<tandem-ringbar ring="bike-blogs" site="alpha"');
  });

  it('lets a partner leave and staff remove a member (audited)', async () => {
    expect(await partners.alpha!.caller.rings.leave({ slug: 'bike-blogs' })).toEqual({ left: true });
    const bravo = await db.prisma.webRingMember.findFirstOrThrow({ where: { partnerId: partners.bravo!.id } });
    await staff.adminRings.removeMember({ memberId: bravo.id });
    expect(await db.prisma.webRingMember.count()).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { action: 'partners.ring.member.remove' } })).toBe(1);
  });

  it('gives a partner their widget snippet; others get none', async () => {
    const snippet = await partners.alpha!.caller.partnerWidget.snippet({ context: 'road bikes', limit: 3 });
    expect(snippet.scriptTag).toBe('<script src="http://127.0.0.1:4000/widget.js" data-partner="alpha" data-context="road bikes" data-limit="3" async></script>');
    await expect(anonymous.partnerWidget.snippet({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await partners.alpha!.caller.partnerWidget.stats({ days: 7 })).toEqual({ days: 7, total: 0, byDay: [] });
  });
});
