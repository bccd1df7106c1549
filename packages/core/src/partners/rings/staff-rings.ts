// Staff create and edit rings and remove members; every change is audited in its transaction.
import type { PrismaClient } from '@tandem/db';
import { DomainError, NotFoundError } from '../../shared/index.ts';
import { auditedChange, type StaffActor } from '../../staff/index.ts';

export interface RingFields {
  slug: string;
  name: string;
  description: string;
  /** The owning partner's code, or null for the store. */
  ownerCode: string | null;
}

async function ownerId(prisma: PrismaClient, code: string | null): Promise<string | null> {
  if (code === null) return null;
  const partner = await prisma.partner.findUnique({ where: { code }, select: { id: true, status: true } });
  if (!partner || partner.status !== 'APPROVED') throw new DomainError('invalid_input', `No approved partner has the code "${code}".`, { ownerCode: ['Use the code of an approved partner, or leave it empty for the store.'] });
  return partner.id;
}

const ringRow = { id: true, slug: true, name: true, description: true, ownerPartnerId: true } as const;

export async function createRing(prisma: PrismaClient, staff: StaffActor, fields: RingFields) {
  const ownerPartnerId = await ownerId(prisma, fields.ownerCode);
  if (await prisma.webRing.findUnique({ where: { slug: fields.slug }, select: { id: true } })) {
    throw new DomainError('conflict', `A ring with the address "${fields.slug}" exists already.`, { slug: ['Pick another address.'] });
  }
  return auditedChange(prisma, staff, {
    action: 'partners.ring.create',
    entityType: 'WebRing',
    label: 'web ring',
    load: (tx, id) => tx.webRing.findUnique({ where: { id }, select: ringRow }),
    apply: (tx) => tx.webRing.create({ data: { slug: fields.slug, name: fields.name, description: fields.description, ownerPartnerId }, select: ringRow }),
  });
}

export async function updateRing(prisma: PrismaClient, staff: StaffActor, fields: RingFields) {
  const ring = await prisma.webRing.findUnique({ where: { slug: fields.slug }, select: { id: true } });
  if (!ring) throw new NotFoundError('web ring', fields.slug);
  const ownerPartnerId = await ownerId(prisma, fields.ownerCode);
  return auditedChange(prisma, staff, {
    action: 'partners.ring.update',
    entityType: 'WebRing',
    label: 'web ring',
    id: ring.id,
    load: (tx, id) => tx.webRing.findUnique({ where: { id }, select: ringRow }),
    apply: (tx) => tx.webRing.update({ where: { id: ring.id }, data: { name: fields.name, description: fields.description, ownerPartnerId }, select: ringRow }),
  });
}

const memberRow = { id: true, ringId: true, partnerId: true, pageUrl: true, position: true, health: true } as const;

/** Moderation: takes a member out of its ring (the partner may ask to join again). */
export async function removeRingMember(prisma: PrismaClient, staff: StaffActor, memberId: string) {
  return auditedChange(prisma, staff, {
    action: 'partners.ring.member.remove',
    entityType: 'WebRingMember',
    label: 'ring member',
    id: memberId,
    load: (tx, id) => tx.webRingMember.findUnique({ where: { id }, select: memberRow }),
    apply: async (tx) => {
      const member = await tx.webRingMember.delete({ where: { id: memberId }, select: memberRow });
      await tx.webRingJoinRequest.deleteMany({ where: { ringId: member.ringId, partnerId: member.partnerId } });
      return null;
    },
  });
}
