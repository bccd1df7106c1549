// The admin's GDPR erase of one customer (article 17): each context anonymizes what it owns,
// all in one transaction with the audit entry, so the store is never half-erased. Orders and
// issued invoices stay for legal retention with their amounts unchanged (see docs/decisions.md).
import type { PrismaClient } from '@tandem/db';
import { eraseAccount, ERASED_NAME } from '../accounts/index.ts';
import { deleteCartsOf } from '../carts/index.ts';
import { forgetRecipient } from '../notifications/index.ts';
import { anonymizeOrdersOf } from '../orders/index.ts';
import { eraseBehaviourIn } from '../personalization/index.ts';
import { DomainError, NotFoundError } from '../shared/index.ts';
import { isStaffRole, recordAudit, type StaffActor } from '../staff/index.ts';
import { anonymizeTicketsOf } from '../support/index.ts';

/** What an erase changed, counted (the audit entry holds these, never the erased data). */
export interface ErasedCustomerReport {
  id: string;
  erasedAt: string;
  orders: number;
  tickets: number;
  addresses: number;
  sessions: number;
  behaviourEvents: number;
  carts: number;
  emails: number;
}

/**
 * Erases the customer's personal data. Refused for staff (their name signs the audit log: take
 * their roles away first), for partners (payouts and commissions are the partner's records:
 * close the partner account first) and for a customer erased already.
 */
export async function eraseCustomer(prisma: PrismaClient, actor: StaffActor, customerId: string, at: Date): Promise<ErasedCustomerReport> {
  return prisma.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { roles: true, erasedAt: true, partner: { select: { id: true } } } });
    if (!customer) throw new NotFoundError('customer', customerId);
    if (customer.erasedAt) throw new DomainError('conflict', 'This customer’s personal data was erased already.');
    if (customer.roles.some(isStaffRole)) throw new DomainError('conflict', 'This customer is a staff member: remove their staff roles before erasing them.');
    if (customer.partner) throw new DomainError('conflict', 'This customer runs a partner account: close it before erasing them.');

    const account = (await eraseAccount(tx, customerId, at))!;
    const who = { customerId, email: account.previousEmail, placeholderEmail: account.placeholderEmail, name: ERASED_NAME };
    const report: ErasedCustomerReport = {
      id: customerId,
      erasedAt: at.toISOString(),
      orders: await anonymizeOrdersOf(tx, who),
      tickets: await anonymizeTicketsOf(tx, who),
      addresses: account.addresses,
      sessions: account.sessions,
      behaviourEvents: (await eraseBehaviourIn(tx, customerId, null)).events,
      carts: await deleteCartsOf(tx, customerId),
      emails: await forgetRecipient(tx, account.previousEmail),
    };
    await recordAudit(tx, actor, { action: 'customers.personal-data.erase', entityType: 'customer', entityId: customerId, before: null, after: report });
    return report;
  });
}
