// Issuing invoices and credit notes, always inside the transaction that records the payment
// or the refund: the document exists exactly when its cause committed, and its number is taken
// from the unbroken sequence in the same breath (document-counter.ts).
import type { Prisma } from '@tandem/db';
import { documentNumberText, nextDocumentNumber } from './document-counter.ts';
import { invoiceContent, type DocumentSnapshot } from './invoice-snapshot.ts';
import { prorateCredit } from './prorate-credit.ts';
import type { VatRow } from './vat-breakdown.ts';

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** Issues the invoice of an order just paid; an order already invoiced keeps its invoice (a replay issues nothing). */
export async function issueInvoice(tx: Prisma.TransactionClient, orderId: string, at: Date): Promise<void> {
  if (await tx.invoice.findUnique({ where: { orderId }, select: { id: true } })) return;
  const content = await invoiceContent(tx, orderId);
  const number = await nextDocumentNumber(tx, 'invoice');
  const snapshot: DocumentSnapshot = { kind: 'invoice', number: documentNumberText('invoice', number), issuedAt: at.toISOString(), invoiceNumber: null, ...content };
  await tx.invoice.create({ data: { orderId, number, issuedAt: at, totalAmount: content.totals.grossAmount, snapshot: json(snapshot) } });
}

const negate = (r: Omit<VatRow, 'rateBps'>) => ({ netAmount: -r.netAmount, taxAmount: -r.taxAmount, grossAmount: -r.grossAmount });

/**
 * Issues the credit note of one refund (`amount` refunded now, `refundedTotal` the payment's
 * refunded total after it, which names the refund). An order without an invoice (paid after it
 * was cancelled) gets none; a replayed refund keeps the note it already has.
 */
export async function issueCreditNote(tx: Prisma.TransactionClient, refund: { orderId: string; amount: number; refundedTotal: number }, at: Date): Promise<void> {
  const invoice = await tx.invoice.findUnique({ where: { orderId: refund.orderId }, select: { id: true, snapshot: true } });
  if (!invoice || refund.amount <= 0) return;
  if (await tx.creditNote.findUnique({ where: { orderId_refundedTotal: { orderId: refund.orderId, refundedTotal: refund.refundedTotal } }, select: { id: true } })) return;
  const original = invoice.snapshot as unknown as DocumentSnapshot;
  // Never credit more than the invoice still has (a payment can exceed a repriced order's total).
  const credited = await tx.creditNote.aggregate({ where: { invoiceId: invoice.id }, _sum: { amount: true } });
  const amount = Math.min(refund.amount, original.totals.grossAmount - (credited._sum.amount ?? 0));
  if (amount <= 0) return;
  const credit = prorateCredit(amount, original.vat);
  const number = await nextDocumentNumber(tx, 'credit_note');
  const snapshot: DocumentSnapshot = {
    ...original,
    kind: 'credit_note',
    number: documentNumberText('credit_note', number),
    issuedAt: at.toISOString(),
    invoiceNumber: original.number,
    lines: credit.map((r) => {
      const amount = -(original.pricesIncludeTax ? r.grossAmount : r.netAmount);
      return { description: `Refund on invoice ${original.number}`, quantity: 1, unitAmount: amount, amount, rateBps: r.rateBps };
    }),
    vat: credit.map((r) => ({ rateBps: r.rateBps, ...negate(r) })),
    totals: negate(credit.reduce((t, r) => ({ netAmount: t.netAmount + r.netAmount, taxAmount: t.taxAmount + r.taxAmount, grossAmount: t.grossAmount + r.grossAmount }), { netAmount: 0, taxAmount: 0, grossAmount: 0 })),
  };
  await tx.creditNote.create({ data: { orderId: refund.orderId, invoiceId: invoice.id, number, issuedAt: at, amount, refundedTotal: refund.refundedTotal, snapshot: json(snapshot) } });
}
