// Erasing an account's personal data (GDPR article 17), the accounts context's part: the
// customer row keeps its id (orders kept for the law still point at it) but its name and
// e-mail become placeholders, the password can never match again, and sessions, reset tokens,
// addresses and consents go. Runs in the caller's transaction, with the other contexts' parts.
import type { Prisma } from '@tandem/db';

/** The name an erased customer shows everywhere. */
export const ERASED_NAME = 'Erased customer';

/** The placeholder e-mail of an erased customer: unique per id, and undeliverable (.invalid, RFC 2606). */
export function erasedEmail(customerId: string): string {
  return `erased-${customerId.toLowerCase()}@erased.invalid`;
}

/** What the account held before, for the other contexts' parts (they find data by the old e-mail too). */
export interface ErasedAccount {
  id: string;
  previousEmail: string;
  placeholderEmail: string;
  addresses: number;
  sessions: number;
}

/**
 * Anonymizes the customer in `tx`; null when there is no such customer. A password hash that
 * is not a hash this module writes never verifies, so the account cannot be signed in to.
 */
export async function eraseAccount(tx: Prisma.TransactionClient, customerId: string, at: Date): Promise<ErasedAccount | null> {
  const customer = await tx.customer.findUnique({ where: { id: customerId }, select: { id: true, email: true } });
  if (!customer) return null;
  const placeholderEmail = erasedEmail(customer.id);
  const sessions = await tx.session.deleteMany({ where: { customerId } });
  await tx.passwordResetToken.deleteMany({ where: { customerId } });
  const addresses = await tx.address.deleteMany({ where: { customerId } });
  await tx.customer.update({
    where: { id: customerId },
    data: { name: ERASED_NAME, email: placeholderEmail, passwordHash: 'erased', trackingConsent: false, marketingConsent: false, erasedAt: at },
  });
  return { id: customer.id, previousEmail: customer.email, placeholderEmail, addresses: addresses.count, sessions: sessions.count };
}
