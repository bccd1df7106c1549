// Who is acting on a ring: staff (every ring, audited) or a partner (their own ring only).
import type { Prisma } from '@tandem/db';
import { DomainError } from '../../shared/index.ts';
import { recordAudit, type AuditChange, type StaffActor } from '../../staff/index.ts';

/** Staff act on every ring and their changes are audited; a partner only on rings they own. */
export type RingActor = { kind: 'staff'; staff: StaffActor } | { kind: 'partner'; partnerId: string; customerId: string };

export function actorId(actor: RingActor): string {
  return actor.kind === 'staff' ? actor.staff.id : actor.customerId;
}

export function assertMayRun(actor: RingActor, ring: { ownerPartnerId: string | null; name: string }): void {
  if (actor.kind === 'partner' && ring.ownerPartnerId !== actor.partnerId) {
    throw new DomainError('forbidden', `Only the owner of "${ring.name}" or the store can do this.`);
  }
}

/** Records the change in the audit log when staff made it (same transaction). */
export async function auditIfStaff(tx: Prisma.TransactionClient, actor: RingActor, change: AuditChange): Promise<void> {
  if (actor.kind === 'staff') await recordAudit(tx, actor.staff, change);
}
