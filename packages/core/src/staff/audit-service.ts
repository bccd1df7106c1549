// The audit log as administrators read it, bound to one database.
import type { PrismaClient } from '@tandem/db';
import { listAuditEntries } from './audit.ts';
import type { AuditFilter } from './types.ts';

/**
 * The audit log's reading side for the admin: who changed what, newest first. Writes are not
 * here: every context records its own entries in the transaction of the change.
 *
 * @example const audit = createAuditService(db.prisma); await audit.list({ entityType: 'Product', limit: 50 })
 */
export function createAuditService(prisma: PrismaClient) {
  return {
    list: (filter: AuditFilter) => listAuditEntries(prisma, filter),
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
