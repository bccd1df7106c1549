// Staff running web rings, bound to one database and the clock: create and edit rings, see
// members' health and clicks, moderate requests and members. Every write is audited.
import type { PrismaClient } from '@tandem/db';
import { systemClock, type Clock } from '../../shared/index.ts';
import type { StaffActor } from '../../staff/index.ts';
import { decideJoinRequest, reorderRingMembers } from './join-requests.ts';
import type { RingActor } from './ring-actor.ts';
import { adminRingList, ringDetail } from './ring-views.ts';
import { createRing, removeRingMember, updateRing, type RingFields } from './staff-rings.ts';

export interface RingsAdminServiceOptions {
  /** Where "today" comes from (the detail's click history); the machine's clock when absent. */
  clock?: Clock;
}

/** Staff act on every ring, not only rings they own (see ring-actor.ts). */
const asStaff = (staff: StaffActor): RingActor => ({ kind: 'staff', staff });

/**
 * Web rings as the store's staff run them.
 *
 * @example const rings = createRingsAdminService(db.prisma); await rings.detail('indie-makers')
 */
export function createRingsAdminService(prisma: PrismaClient, options: RingsAdminServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  return {
    list: () => adminRingList(prisma),
    detail: (slug: string) => ringDetail(prisma, slug, clock.now()),
    create: (actor: StaffActor, fields: RingFields) => createRing(prisma, actor, fields),
    update: (actor: StaffActor, fields: RingFields) => updateRing(prisma, actor, fields),
    decide: (actor: StaffActor, input: { requestId: string; decision: 'APPROVED' | 'REJECTED'; note?: string }) => decideJoinRequest(prisma, asStaff(actor), input),
    reorder: (actor: StaffActor, input: { slug: string; memberIds: string[] }) => reorderRingMembers(prisma, asStaff(actor), input),
    removeMember: (actor: StaffActor, memberId: string) => removeRingMember(prisma, actor, memberId),
  };
}

export type RingsAdminService = ReturnType<typeof createRingsAdminService>;
