// Erasing a customer's personal data, the support context's part: their tickets (and guest
// tickets sent from the same e-mail) keep their number, dates and status for the response
// figures, but name, e-mail, subject and every message body go, and conversation links die.
import type { Prisma } from '@tandem/db';

const ERASED_TEXT = 'Erased at the customer’s request.';

/** Anonymizes the tickets in `tx`; returns how many. */
export async function anonymizeTicketsOf(tx: Prisma.TransactionClient, who: { customerId: string; email: string; placeholderEmail: string; name: string }): Promise<number> {
  const tickets = await tx.supportTicket.findMany({ where: { OR: [{ customerId: who.customerId }, { email: who.email }] }, select: { id: true } });
  const ids = tickets.map((t) => t.id);
  if (!ids.length) return 0;
  await tx.supportTicket.updateMany({ where: { id: { in: ids } }, data: { email: who.placeholderEmail, name: who.name, subject: ERASED_TEXT } });
  // Agents' replies go too: they quote and greet the customer by name.
  await tx.supportMessage.updateMany({ where: { ticketId: { in: ids } }, data: { body: ERASED_TEXT } });
  await tx.supportMessage.updateMany({ where: { ticketId: { in: ids }, author: 'CUSTOMER' }, data: { authorName: who.name } });
  await tx.supportTicketLink.deleteMany({ where: { ticketId: { in: ids } } });
  return ids.length;
}
