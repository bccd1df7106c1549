// Erasing a customer's personal data, the orders context's part. Orders stay for legal retention
// (bookkeeping needs them for years) with every amount intact; what identifies the buyer goes:
// the e-mail becomes the erased account's placeholder, the shipping address keeps only its
// country (the tax of the sale depends on it), and guest order links stop working. Issued
// invoices and credit notes are not touched: tax law requires them kept as issued.
import type { Prisma } from '@tandem/db';

/** The shipping address an anonymized order keeps. */
function anonymousAddress(address: Prisma.JsonValue): Prisma.InputJsonValue {
  const country = address && typeof address === 'object' && !Array.isArray(address) && typeof address.country === 'string' ? address.country : '';
  return { name: 'Erased customer', line1: '', line2: '', postalCode: '', city: '', region: '', country, phone: '' };
}

/**
 * Anonymizes the customer's orders in `tx`, and their guest orders placed with the same e-mail.
 * Returns how many orders were anonymized.
 */
export async function anonymizeOrdersOf(tx: Prisma.TransactionClient, who: { customerId: string; email: string; placeholderEmail: string }): Promise<number> {
  const orders = await tx.order.findMany({
    where: { OR: [{ customerId: who.customerId }, { customerId: null, email: who.email }] },
    select: { id: true, shippingAddress: true },
  });
  for (const order of orders) {
    await tx.order.update({ where: { id: order.id }, data: { email: who.placeholderEmail, shippingAddress: anonymousAddress(order.shippingAddress) } });
  }
  await tx.guestOrderAccess.deleteMany({ where: { orderId: { in: orders.map((o) => o.id) } } });
  return orders.length;
}
