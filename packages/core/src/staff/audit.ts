// The audit log: one entry per change a staff member makes, written by the service that makes
// the change inside the same transaction, so a change and its entry exist together or not at all.
import { Prisma, type PrismaClient } from '@tandem/db';
import type { AuditEntryView, AuditFilter, AuditPage, StaffActor } from './types.ts';

type Db = PrismaClient | Prisma.TransactionClient;

export interface AuditChange {
  /** `<area>.<verb>`, e.g. `support.faq.update`. */
  action: string;
  entityType: string;
  entityId: string;
  /** The entity as it was; null when it was created. */
  before: unknown;
  /** The entity as it is now; null when it was deleted. */
  after: unknown;
}

export async function recordAudit(db: Db, actor: StaffActor, change: AuditChange): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: toJson(change.before),
      after: toJson(change.after),
    },
  });
}

/** Newest first, filtered, keyset-paginated on (createdAt, id). */
export async function listAuditEntries(prisma: PrismaClient, filter: AuditFilter): Promise<AuditPage> {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actorEmail ? { actorEmail: filter.actorEmail.trim().toLowerCase() } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
  };
  const rows = await prisma.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: filter.limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
  });
  const items: AuditEntryView[] = rows.slice(0, filter.limit).map((row) => ({
    id: row.id,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before ?? null,
    after: row.after ?? null,
    createdAt: row.createdAt,
  }));
  return { items, nextCursor: rows.length > filter.limit ? (items.at(-1)?.id ?? null) : null };
}

/** Dates become ISO strings and undefined fields disappear, as they would in any JSON column. */
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === null || value === undefined) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
