import { randomUUID } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { createTestDatabase, type TestDatabase } from '@tandem/db/testing';
import { PDFDocument, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPaymentUpdate, documentFile, markOfflinePaymentReceived, orderDocuments, refundOrder } from '../index.ts';
import { nextDocumentNumber } from './document-counter.ts';
import type { DocumentSnapshot } from './invoice-snapshot.ts';
import { vatTotals } from './vat-breakdown.ts';

let db: TestDatabase;
let customerId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  customerId = (await db.prisma.customer.create({ data: { email: `${randomUUID()}@example.test`, name: 'P', passwordHash: 'x' } })).id;
  await db.prisma.taxRate.upsert({ where: { country: 'NL' }, create: { country: 'NL', name: 'BTW', rateBps: 2100 }, update: { rateBps: 2100 } });
  await db.prisma.storeSettings.upsert({ where: { id: 'default' }, create: { id: 'default', sellerLegalName: 'Tandem Cycles B.V.', sellerAddress: 'Fietsstraat 1\n1011 AB Amsterdam', sellerVatId: 'NL123456789B01' }, update: { sellerLegalName: 'Tandem Cycles B.V.', sellerAddress: 'Fietsstraat 1\n1011 AB Amsterdam', sellerVatId: 'NL123456789B01' } });
});
afterAll(() => db.close());

/** An order of two lines and shipping at 21 % (prices include tax), awaiting an offline payment. */
async function awaitingPayment() {
  const providerRef = `off_${randomUUID()}`;
  const order = await db.prisma.order.create({
    data: {
      number: `T-${randomUUID().slice(0, 8)}`, customerId, idempotencyKey: randomUUID(), email: 'p@example.test', currency: 'EUR', pricesIncludeTax: true,
      subtotalAmount: 16_534, shippingAmount: 495, taxAmount: 2_956, totalAmount: 17_029,
      shippingAddress: { name: 'Pim Jansen', line1: 'Kade 2', postalCode: '1012 AA', city: 'Amsterdam', country: 'NL', phone: '+31 6 1234' },
      shippingMethodCode: 'standard', shippingMethodName: 'Standard', reservationExpiresAt: new Date(Date.now() + 3_600_000),
      lines: {
        create: [
          { variantId: 'v1', sku: 'BELL-1', productTitle: 'Brass bell', variantTitle: 'Gold', quantity: 2, unitPriceAmount: 1_267, lineTotalAmount: 2_534, taxAmount: 440 },
          { variantId: 'v2', sku: 'TYRE-28', productTitle: 'Tyre', variantTitle: '28"', quantity: 1, unitPriceAmount: 14_000, lineTotalAmount: 14_000, taxAmount: 2_430 },
        ],
      },
      payments: { create: { provider: 'offline', providerRef, amount: 17_029, currency: 'EUR', stateChangedAt: new Date(0) } },
    },
  });
  return { orderId: order.id, providerRef };
}

const noProvider = {} as Parameters<typeof refundOrder>[1];

/** The text a PDF draws, read back: pdf-lib loads it, its content streams are inflated, Helvetica's hex strings decoded. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await PDFDocument.load(bytes);
  const texts: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams = contents && 'asArray' in contents ? contents.asArray() : [contents];
    for (const ref of streams) {
      const stream = pdf.context.lookup(ref as never);
      if (!(stream instanceof PDFRawStream)) continue;
      const raw = Buffer.from(stream.contents);
      const body = (stream.dict.toString().includes('FlateDecode') ? inflateSync(raw) : raw).toString('latin1');
      for (const [, hex] of body.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) texts.push(Buffer.from(hex!, 'hex').toString('latin1').replace(/\x80/g, '€'));
    }
  }
  return texts.join('\n');
}

describe('invoices', () => {
  it('numbers ten orders paid at once 1..10, no gap and no duplicate', async () => {
    const before = (await db.prisma.documentCounter.findUnique({ where: { name: 'invoice' } }))?.last ?? 0;
    const orders = await Promise.all(Array.from({ length: 10 }, awaitingPayment));
    await Promise.all(orders.map((o) => markOfflinePaymentReceived(db.prisma, o.orderId)));
    const numbers = (await db.prisma.invoice.findMany({ where: { orderId: { in: orders.map((o) => o.orderId) } }, select: { number: true } })).map((i) => i.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => before + i + 1));
  });

  it('gives a number back when the transaction that took it rolls back', async () => {
    const taken = await db.prisma.$transaction((tx) => nextDocumentNumber(tx, 'credit_note'));
    await expect(
      db.prisma.$transaction(async (tx) => {
        await nextDocumentNumber(tx, 'credit_note');
        throw new Error('the payment failed to record');
      }),
    ).rejects.toThrow('the payment failed');
    expect(await db.prisma.$transaction((tx) => nextDocumentNumber(tx, 'credit_note'))).toBe(taken + 1);
  });

  it('issues no second invoice when the paid event is replayed', async () => {
    const { orderId, providerRef } = await awaitingPayment();
    await markOfflinePaymentReceived(db.prisma, orderId);
    const first = await db.prisma.invoice.findUniqueOrThrow({ where: { orderId } });
    // A provider re-sending its succeeded event under a new id, then the admin clicking again.
    await applyPaymentUpdate(db.prisma, { provider: 'offline', providerRef, state: 'SUCCEEDED', eventId: `replay-${randomUUID()}`, occurredAt: new Date() });
    await markOfflinePaymentReceived(db.prisma, orderId);
    expect(await db.prisma.invoice.findMany({ where: { orderId } })).toEqual([first]);
    expect((await db.prisma.documentCounter.findUniqueOrThrow({ where: { name: 'invoice' } })).last).toBe(first.number);
  });

  it('breaks VAT down per rate into the order’s totals, seller and buyer included', async () => {
    const { orderId } = await awaitingPayment();
    await markOfflinePaymentReceived(db.prisma, orderId);
    const snapshot = (await db.prisma.invoice.findUniqueOrThrow({ where: { orderId } })).snapshot as unknown as DocumentSnapshot;
    expect(snapshot.vat).toEqual([{ rateBps: 2100, grossAmount: 17_029, taxAmount: 2_956, netAmount: 14_073 }]);
    expect(vatTotals(snapshot.vat)).toEqual(snapshot.totals);
    expect(snapshot.lines.reduce((s, l) => s + l.amount, 0)).toBe(17_029);
    expect(snapshot.seller).toEqual({ legalName: 'Tandem Cycles B.V.', address: ['Fietsstraat 1', '1011 AB Amsterdam'], vatId: 'NL123456789B01' });
    expect(snapshot.buyer.address).toEqual(['Pim Jansen', 'Kade 2', '1012 AA Amsterdam', 'NL']);
  });

  it('issues a credit note per refund, referencing the invoice, with negative amounts that sum to the refund', async () => {
    const { orderId } = await awaitingPayment();
    await markOfflinePaymentReceived(db.prisma, orderId);
    await refundOrder(db.prisma, noProvider, { orderId, amount: 1_001, idempotencyKey: randomUUID() });
    const key = randomUUID();
    await refundOrder(db.prisma, noProvider, { orderId, amount: 16_028, idempotencyKey: key });
    await refundOrder(db.prisma, noProvider, { orderId, amount: 16_028, idempotencyKey: key }).catch(() => undefined);
    const notes = await db.prisma.creditNote.findMany({ where: { orderId }, orderBy: { number: 'asc' } });
    expect(notes.map((n) => n.amount)).toEqual([1_001, 16_028]);
    expect(notes[1]!.number).toBe(notes[0]!.number + 1);
    const snapshots = notes.map((n) => n.snapshot as unknown as DocumentSnapshot);
    const invoice = (await db.prisma.invoice.findUniqueOrThrow({ where: { orderId } })).snapshot as unknown as DocumentSnapshot;
    expect(snapshots[0]!.invoiceNumber).toBe(invoice.number);
    expect(snapshots[0]!.totals).toEqual({ grossAmount: -1_001, taxAmount: -174, netAmount: -827 });
    // Together the notes credit the whole invoice, to the unit.
    const credited = vatTotals(snapshots.flatMap((s) => s.vat));
    expect(credited).toEqual({ grossAmount: -invoice.totals.grossAmount, taxAmount: -invoice.totals.taxAmount, netAmount: -invoice.totals.netAmount });
  });

  it('renders a PDF that loads back with its number, seller and totals, the same bytes on every download', async () => {
    const { orderId } = await awaitingPayment();
    await markOfflinePaymentReceived(db.prisma, orderId);
    const [doc] = await orderDocuments(db.prisma, orderId, customerId);
    expect(doc).toMatchObject({ kind: 'invoice', total: { amount: 17_029, currency: 'EUR' } });
    const file = await documentFile(db.prisma, { kind: 'invoice', id: doc!.id }, customerId);
    expect(file.filename).toBe(`${doc!.number}.pdf`);
    const text = await pdfText(file.pdf);
    expect(text).toContain(`Invoice ${doc!.number}`);
    expect(text).toContain('Tandem Cycles B.V.');
    expect(text).toContain('€170.29');
    expect(text).toContain('€29.56');
    expect(Buffer.from((await documentFile(db.prisma, { kind: 'invoice', id: doc!.id })).pdf).equals(Buffer.from(file.pdf))).toBe(true);
  });

  it('shows a customer only the documents of their own orders', async () => {
    const { orderId } = await awaitingPayment();
    await markOfflinePaymentReceived(db.prisma, orderId);
    const [doc] = await orderDocuments(db.prisma, orderId);
    const stranger = (await db.prisma.customer.create({ data: { email: `${randomUUID()}@example.test`, name: 'S', passwordHash: 'x' } })).id;
    await expect(documentFile(db.prisma, { kind: 'invoice', id: doc!.id }, stranger)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(orderDocuments(db.prisma, orderId, stranger)).rejects.toMatchObject({ kind: 'not_found' });
  });
});
