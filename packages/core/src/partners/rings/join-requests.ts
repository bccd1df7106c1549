// Partners ask to join a ring; the ring's owner or staff approve or reject; approved partners
// become members at the end of the ring. Owners and staff reorder members; partners can leave.
import type { PrismaClient } from '@tandem/db';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { actorId, assertMayRun, auditIfStaff, type RingActor } from './ring-actor.ts';

/** The partner asking, as the portal knows them. */
export interface RingPartner {
  id: string;
  /** The partner's customer account, recorded as the decider when an owner joins their own ring. */
  customerId: string;
  websiteUrl: string;
  allowedOrigins: string[];
}

/** The page must be on the partner's own site (its website's origin or an allowed widget origin). */
export function pageBelongsToPartner(pageUrl: string, partner: Pick<RingPartner, 'websiteUrl' | 'allowedOrigins'>): boolean {
  const origin = (value: string) => {
    try {
      return new URL(value).origin;
    } catch {
      return null;
    }
  };
  const page = origin(pageUrl);
  return page !== null && [partner.websiteUrl, ...partner.allowedOrigins].some((site) => origin(site) === page);
}

export async function requestToJoinRing(prisma: PrismaClient, partner: RingPartner, input: { slug: string; pageUrl: string; message: string }) {
  const ring = await prisma.webRing.findUnique({ where: { slug: input.slug }, select: { id: true, name: true, ownerPartnerId: true } });
  if (!ring) throw new NotFoundError('web ring', input.slug);
  if (!pageBelongsToPartner(input.pageUrl, partner)) {
    throw new DomainError('invalid_input', 'The page must be on your own website.', { pageUrl: ['Use a page on the website your partner account is for.'] });
  }
  if (await prisma.webRingMember.findUnique({ where: { ringId_partnerId: { ringId: ring.id, partnerId: partner.id } }, select: { id: true } })) {
    throw new DomainError('conflict', `You are already a member of "${ring.name}".`);
  }
  const request = await prisma.webRingJoinRequest.upsert({
    where: { ringId_partnerId: { ringId: ring.id, partnerId: partner.id } },
    create: { ringId: ring.id, partnerId: partner.id, pageUrl: input.pageUrl, message: input.message },
    update: { pageUrl: input.pageUrl, message: input.message, status: 'PENDING', decisionNote: null, decidedAt: null, decidedById: null },
  });
  // The owner joining their own ring has nobody else to ask.
  if (ring.ownerPartnerId === partner.id) return decideJoinRequest(prisma, { kind: 'partner', partnerId: partner.id, customerId: partner.customerId }, { requestId: request.id, decision: 'APPROVED' });
  return { id: request.id, status: request.status };
}

export async function decideJoinRequest(prisma: PrismaClient, actor: RingActor, input: { requestId: string; decision: 'APPROVED' | 'REJECTED'; note?: string }) {
  return prisma.$transaction(async (tx) => {
    const request = await tx.webRingJoinRequest.findUnique({ where: { id: input.requestId }, include: { ring: { select: { id: true, name: true, ownerPartnerId: true } } } });
    if (!request) throw new NotFoundError('join request', input.requestId);
    assertMayRun(actor, request.ring);
    if (request.status !== 'PENDING') {
      if (request.status === input.decision) return { id: request.id, status: request.status };
      throw new DomainError('conflict', `This request was already ${request.status.toLowerCase()}.`);
    }
    const decided = await tx.webRingJoinRequest.updateMany({
      where: { id: request.id, status: 'PENDING' },
      data: { status: input.decision, decisionNote: input.note ?? null, decidedAt: new Date(), decidedById: actorId(actor) },
    });
    if (decided.count === 0) throw new DomainError('conflict', 'Someone decided this request at the same time; reload to see how.');
    if (input.decision === 'APPROVED') {
      const last = await tx.webRingMember.aggregate({ where: { ringId: request.ringId }, _max: { position: true } });
      await tx.webRingMember.upsert({
        where: { ringId_partnerId: { ringId: request.ringId, partnerId: request.partnerId } },
        create: { ringId: request.ringId, partnerId: request.partnerId, pageUrl: request.pageUrl, position: (last._max.position ?? -1) + 1 },
        update: { pageUrl: request.pageUrl },
      });
    }
    await auditIfStaff(tx, actor, {
      action: `partners.ring.request.${input.decision === 'APPROVED' ? 'approve' : 'reject'}`,
      entityType: 'WebRingJoinRequest',
      entityId: request.id,
      before: { status: request.status },
      after: { status: input.decision, note: input.note ?? null },
    });
    return { id: request.id, status: input.decision };
  });
}

export async function reorderRingMembers(prisma: PrismaClient, actor: RingActor, input: { slug: string; memberIds: string[] }) {
  return prisma.$transaction(async (tx) => {
    const ring = await tx.webRing.findUnique({ where: { slug: input.slug }, select: { id: true, name: true, ownerPartnerId: true, members: { orderBy: { position: 'asc' }, select: { id: true } } } });
    if (!ring) throw new NotFoundError('web ring', input.slug);
    assertMayRun(actor, ring);
    const current = ring.members.map((m) => m.id);
    if (input.memberIds.length !== current.length || new Set(input.memberIds).size !== current.length || !input.memberIds.every((id) => current.includes(id))) {
      throw new DomainError('invalid_input', 'The new order must list every member of the ring exactly once.', { memberIds: ['List every member once.'] });
    }
    for (const [position, id] of input.memberIds.entries()) await tx.webRingMember.update({ where: { id }, data: { position } });
    await auditIfStaff(tx, actor, { action: 'partners.ring.reorder', entityType: 'WebRing', entityId: ring.id, before: { memberIds: current }, after: { memberIds: input.memberIds } });
    return { memberIds: input.memberIds };
  });
}

export async function leaveRing(prisma: PrismaClient, partnerId: string, slug: string): Promise<{ left: boolean }> {
  const ring = await prisma.webRing.findUnique({ where: { slug }, select: { id: true } });
  if (!ring) throw new NotFoundError('web ring', slug);
  return prisma.$transaction(async (tx) => {
    const removed = await tx.webRingMember.deleteMany({ where: { ringId: ring.id, partnerId } });
    await tx.webRingJoinRequest.deleteMany({ where: { ringId: ring.id, partnerId } });
    return { left: removed.count > 0 };
  });
}
