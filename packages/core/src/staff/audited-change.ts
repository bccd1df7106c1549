// One audited change: read the entity, change it, and record before/after — in one transaction.
import type { Prisma, PrismaClient } from '@tandem/db';
import { NotFoundError } from '../shared/index.ts';
import { recordAudit } from './audit.ts';
import type { StaffActor } from './types.ts';

type Tx = Prisma.TransactionClient;

export interface AuditedChange<T extends { id: string }, R extends T | null> {
  /** `<area>.<verb>`, e.g. `support.faq.update`. */
  action: string;
  entityType: string;
  /** How the entity is named in a "not found" error: `FAQ entry`. */
  label: string;
  /** The entity to change; absent when creating. */
  id?: string;
  load: (tx: Tx, id: string) => Promise<T | null>;
  /** Makes the change and returns the entity as it is now (null when deleted). */
  apply: (tx: Tx) => Promise<R>;
}

export async function auditedChange<T extends { id: string }, R extends T | null>(prisma: PrismaClient, actor: StaffActor, change: AuditedChange<T, R>): Promise<R> {
  return prisma.$transaction(async (tx) => {
    const before = change.id === undefined ? null : await change.load(tx, change.id);
    if (change.id !== undefined && !before) throw new NotFoundError(change.label, change.id);
    const after = await change.apply(tx);
    const entityId = after?.id ?? before?.id;
    if (entityId === undefined) throw new Error(`${change.action} changed nothing it can name`);
    await recordAudit(tx, actor, { action: change.action, entityType: change.entityType, entityId, before, after });
    return after;
  });
}
