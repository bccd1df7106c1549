// Staff's moves on a return before the money: approve or reject a request (a rejection says why,
// to the shopper), and mark an approved return's parcel received. Each move is one transaction:
// a conditional update of the status (a concurrent click cannot move it twice), the timeline
// entry with the `return_updated` event that e-mails the shopper, and the audit entry.
import type { Prisma, PrismaClient, ReturnStatus } from '@tandem/db';
import { NotFoundError } from '../../shared/index.ts';
import { recordAudit, type StaffActor } from '../../staff/index.ts';
import { publishOrderEvent } from '../order-events.ts';
import { assertReturnMove } from './return-status.ts';

type Tx = Prisma.TransactionClient;

/** The facts a move needs of a return. */
export async function returnRow(tx: Tx, returnId: string) {
  const row = await tx.returnRequest.findUnique({ where: { id: returnId }, select: { id: true, orderId: true, status: true } });
  if (!row) throw new NotFoundError('return', returnId);
  return row;
}

/**
 * Moves a return to `to` with `data`, publishes its event and audits it. Returns false when the
 * return already is in `to` (a repeated click), so nothing is written twice.
 */
export async function moveReturn(tx: Tx, actor: StaffActor, returnId: string, to: ReturnStatus, data: Prisma.ReturnRequestUpdateManyMutationInput, now: Date, details: Record<string, Prisma.InputJsonValue> = {}): Promise<boolean> {
  const row = await returnRow(tx, returnId);
  if (row.status === to) return false;
  assertReturnMove(row.status, to);
  const moved = await tx.returnRequest.updateMany({ where: { id: returnId, status: row.status }, data: { ...data, status: to } });
  if (moved.count === 0) return false; // another click moved it first; its transaction decided
  await publishOrderEvent(
    tx,
    { type: 'return_updated', orderId: row.orderId, at: now.toISOString(), returnId, status: to },
    { type: `return_${to.toLowerCase()}`, data: { returnId, ...details }, at: now },
  );
  await recordAudit(tx, actor, { action: `returns.${to.toLowerCase()}`, entityType: 'ReturnRequest', entityId: returnId, before: { status: row.status }, after: { status: to, ...details } });
  return true;
}

/** Staff accept a requested return: the shopper is told to send the items. */
export async function approveReturn(prisma: PrismaClient, actor: StaffActor, returnId: string, now: Date): Promise<void> {
  await prisma.$transaction((tx) => moveReturn(tx, actor, returnId, 'APPROVED', { decidedAt: now }, now));
}

/** Staff refuse a requested return; `reason` is told to the shopper, and its units become returnable again. */
export async function rejectReturn(prisma: PrismaClient, actor: StaffActor, input: { id: string; reason: string }, now: Date): Promise<void> {
  await prisma.$transaction((tx) => moveReturn(tx, actor, input.id, 'REJECTED', { decidedAt: now, rejectionReason: input.reason }, now, { reason: input.reason }));
}

/** The approved return's parcel arrived at the shop. */
export async function receiveReturn(prisma: PrismaClient, actor: StaffActor, returnId: string, now: Date): Promise<void> {
  await prisma.$transaction((tx) => moveReturn(tx, actor, returnId, 'RECEIVED', { receivedAt: now }, now));
}
