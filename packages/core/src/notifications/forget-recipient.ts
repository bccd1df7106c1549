// Erasing a customer's personal data, the notifications context's part: the outbox's copies of
// e-mails to their address (sent or still waiting) go; nothing is sent to an erased customer.
import type { Prisma } from '@tandem/db';

/** Deletes every outbox e-mail to `email` in `tx`; returns how many. */
export async function forgetRecipient(tx: Prisma.TransactionClient, email: string): Promise<number> {
  return (await tx.outboxEmail.deleteMany({ where: { to: email } })).count;
}
