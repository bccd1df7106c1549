// What people see of rings: the public index (live members only), a partner's memberships and
// owned rings, and the admin's view with health and click statistics.
import type { PrismaClient } from '@tandem/db';
import { NotFoundError } from '../../shared/index.ts';
import { utcDay } from './ring-days.ts';

const liveMember = { health: { not: 'DOWN' }, partner: { status: 'APPROVED' } } as const;

/** Public: every ring with how many live members it has. */
export async function listRings(prisma: PrismaClient) {
  const rings = await prisma.webRing.findMany({
    orderBy: { name: 'asc' },
    select: { slug: true, name: true, description: true, ownerPartner: { select: { name: true } }, _count: { select: { members: { where: liveMember } } } },
  });
  return rings.map((r) => ({ slug: r.slug, name: r.name, description: r.description, owner: r.ownerPartner?.name ?? null, liveMembers: r._count.members }));
}

/** Public: the ring's index page — its live members in ring order. */
export async function ringIndex(prisma: PrismaClient, slug: string) {
  const ring = await prisma.webRing.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      description: true,
      ownerPartner: { select: { name: true } },
      members: { where: liveMember, orderBy: [{ position: 'asc' }, { joinedAt: 'asc' }], select: { pageUrl: true, partner: { select: { code: true, name: true } } } },
    },
  });
  if (!ring) throw new NotFoundError('web ring', slug);
  return { slug: ring.slug, name: ring.name, description: ring.description, owner: ring.ownerPartner?.name ?? null, members: ring.members.map((m) => ({ code: m.partner.code, name: m.partner.name, pageUrl: m.pageUrl })) };
}

/** A partner's portal view: every ring with their standing in it, and the rings they own. */
export async function partnerRings(prisma: PrismaClient, partnerId: string) {
  const [rings, owned] = await Promise.all([
    prisma.webRing.findMany({
      orderBy: { name: 'asc' },
      select: {
        slug: true,
        name: true,
        description: true,
        ownerPartnerId: true,
        members: { where: { partnerId }, select: { pageUrl: true, health: true, healthReason: true } },
        joinRequests: { where: { partnerId }, select: { status: true, decisionNote: true, pageUrl: true } },
      },
    }),
    prisma.webRing.findMany({ where: { ownerPartnerId: partnerId }, orderBy: { name: 'asc' }, select: { slug: true } }),
  ]);
  return {
    rings: rings.map((r) => ({
      slug: r.slug,
      name: r.name,
      description: r.description,
      owned: r.ownerPartnerId === partnerId,
      membership: r.members[0] ?? null,
      request: r.members[0] ? null : (r.joinRequests[0] ?? null),
    })),
    owned: await Promise.all(owned.map((r) => ringDetail(prisma, r.slug, new Date()))),
  };
}

/** Owner's and admin's view: members with health and clicks of the last `days` days, requests. */
export async function ringDetail(prisma: PrismaClient, slug: string, now: Date, days = 30) {
  const since = utcDay(new Date(now.getTime() - (days - 1) * 86_400_000));
  const ring = await prisma.webRing.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      ownerPartner: { select: { code: true, name: true } },
      members: {
        orderBy: [{ position: 'asc' }, { joinedAt: 'asc' }],
        select: {
          id: true,
          pageUrl: true,
          position: true,
          health: true,
          healthReason: true,
          healthCheckedAt: true,
          partner: { select: { code: true, name: true, status: true } },
          clickStats: { where: { day: { gte: since } }, select: { clicksIn: true, clicksOut: true } },
        },
      },
      joinRequests: { where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' }, select: { id: true, pageUrl: true, message: true, createdAt: true, partner: { select: { code: true, name: true } } } },
    },
  });
  if (!ring) throw new NotFoundError('web ring', slug);
  const members = ring.members.map(({ clickStats, ...m }) => ({
    ...m,
    clicksIn: clickStats.reduce((sum, s) => sum + s.clicksIn, 0),
    clicksOut: clickStats.reduce((sum, s) => sum + s.clicksOut, 0),
  }));
  return {
    slug: ring.slug,
    name: ring.name,
    description: ring.description,
    owner: ring.ownerPartner,
    days,
    members,
    clicks: members.reduce((sum, m) => sum + m.clicksIn, 0),
    pendingRequests: ring.joinRequests,
  };
}

/** Admin: every ring with its counts. */
export async function adminRingList(prisma: PrismaClient) {
  const rings = await prisma.webRing.findMany({
    orderBy: { name: 'asc' },
    select: {
      slug: true,
      name: true,
      ownerPartner: { select: { name: true } },
      members: { select: { health: true } },
      _count: { select: { joinRequests: { where: { status: 'PENDING' } } } },
    },
  });
  return rings.map((r) => ({ slug: r.slug, name: r.name, owner: r.ownerPartner?.name ?? null, members: r.members.length, down: r.members.filter((m) => m.health === 'DOWN').length, pendingRequests: r._count.joinRequests }));
}
