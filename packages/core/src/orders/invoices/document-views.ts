// Reading issued invoices and credit notes: the list on an order page and the PDF download.
// A shopper reaches only documents of their own orders (anyone else's is NOT_FOUND); staff
// with `orders.read` reach every document through the admin service.
import type { PrismaClient } from '@tandem/db';
import { NotFoundError, money, type Money } from '../../shared/index.ts';
import { renderDocumentPdf } from './document-pdf.ts';
import { documentNumberText, type DocumentSequence } from './document-counter.ts';
import type { DocumentSnapshot } from './invoice-snapshot.ts';

/** One issued document of an order, as an order page lists it. */
export interface OrderDocument {
  kind: DocumentSequence;
  id: string;
  /** As printed, e.g. `INV-000042`. */
  number: string;
  issuedAt: string;
  /** Negative for a credit note. */
  total: Money;
}

/** A rendered document ready to send. */
export interface DocumentFile {
  filename: string;
  pdf: Uint8Array;
}

/** The invoice and credit notes of an order (of `customerId`, when given), oldest first. */
export async function orderDocuments(prisma: PrismaClient, orderId: string, customerId?: string): Promise<OrderDocument[]> {
  const order = await prisma.order.findFirst({
    where: { id: orderId, ...(customerId ? { customerId } : {}) },
    select: {
      currency: true,
      invoice: { select: { id: true, number: true, issuedAt: true, totalAmount: true } },
      creditNotes: { select: { id: true, number: true, issuedAt: true, amount: true }, orderBy: { number: 'asc' } },
    },
  });
  if (!order) throw new NotFoundError('order', orderId);
  const docs: OrderDocument[] = [];
  const { invoice } = order;
  if (invoice) docs.push({ kind: 'invoice', id: invoice.id, number: documentNumberText('invoice', invoice.number), issuedAt: invoice.issuedAt.toISOString(), total: money(invoice.totalAmount, order.currency) });
  for (const c of order.creditNotes) {
    docs.push({ kind: 'credit_note', id: c.id, number: documentNumberText('credit_note', c.number), issuedAt: c.issuedAt.toISOString(), total: money(-c.amount, order.currency) });
  }
  return docs;
}

/** The PDF of an invoice or credit note (of an order of `customerId`, and of order `orderId`, when given). */
export async function documentFile(prisma: PrismaClient, ref: { kind: DocumentSequence; id: string }, customerId?: string, orderId?: string): Promise<DocumentFile> {
  const where = { id: ref.id, ...(customerId ? { order: { customerId } } : {}), ...(orderId ? { orderId } : {}) };
  const row =
    ref.kind === 'invoice'
      ? await prisma.invoice.findFirst({ where, select: { snapshot: true } })
      : await prisma.creditNote.findFirst({ where, select: { snapshot: true } });
  if (!row) throw new NotFoundError(ref.kind === 'invoice' ? 'invoice' : 'credit note', ref.id);
  const snapshot = row.snapshot as unknown as DocumentSnapshot;
  return { filename: `${snapshot.number}.pdf`, pdf: await renderDocumentPdf(snapshot) };
}
