// What an invoice or credit note says, frozen when it is issued: the seller as configured then,
// the buyer, the lines and VAT per rate. The PDF is drawn from this alone, so a download a year
// later is the same document.
import type { Prisma } from '@tandem/db';
import { taxRateBpsOf } from '../../pricing/index.ts';
import { toOptionValues } from '../../catalog/index.ts';
import { vatBreakdown, vatTotals, type VatRow } from './vat-breakdown.ts';

/** The seller's details printed on every document. */
export interface SellerDetails {
  legalName: string;
  /** One entry per printed line. */
  address: string[];
  vatId: string;
}

/** One line of a document; amounts as the shopper pays them (see `pricesIncludeTax`). */
export interface DocumentLine {
  description: string;
  quantity: number;
  unitAmount: number;
  amount: number;
  rateBps: number;
}

/** The frozen content of an invoice or credit note (credit notes carry negative amounts). */
export interface DocumentSnapshot {
  kind: 'invoice' | 'credit_note';
  /** As printed, e.g. `INV-000042`. */
  number: string;
  issuedAt: string;
  /** A credit note's invoice, as printed. */
  invoiceNumber: string | null;
  orderNumber: string;
  currency: string;
  pricesIncludeTax: boolean;
  seller: SellerDetails;
  buyer: { email: string; address: string[] };
  lines: DocumentLine[];
  vat: VatRow[];
  totals: Omit<VatRow, 'rateBps'>;
}

/** The store's seller details as settings hold them. */
export async function sellerDetails(tx: Prisma.TransactionClient): Promise<SellerDetails> {
  const s = await tx.storeSettings.findUnique({ where: { id: 'default' }, select: { sellerLegalName: true, sellerAddress: true, sellerVatId: true } });
  return {
    legalName: s?.sellerLegalName ?? 'Tandem',
    address: (s?.sellerAddress ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
    vatId: s?.sellerVatId ?? '',
  };
}

/** An order's shipping address as printed lines (the phone number is for the carrier, not the invoice). */
export function addressLines(a: Record<string, string>): string[] {
  const place = [a['postalCode'], a['city']].filter(Boolean).join(' ');
  return [a['name'], a['line1'], a['line2'], place, a['region'], a['country']].map((l) => (l ?? '').trim()).filter(Boolean);
}

/**
 * The invoice content of an order. The order keeps its tax amounts but not the rate: the rate
 * is its destination's, which pricing applied to every line and the shipping alike.
 */
export async function invoiceContent(tx: Prisma.TransactionClient, orderId: string): Promise<Omit<DocumentSnapshot, 'kind' | 'number' | 'issuedAt' | 'invoiceNumber'>> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      number: true, email: true, currency: true, pricesIncludeTax: true, shippingAmount: true, taxAmount: true, shippingAddress: true, shippingMethodName: true,
      lines: { select: { sku: true, productTitle: true, variantTitle: true, quantity: true, unitPriceAmount: true, lineTotalAmount: true, taxAmount: true }, orderBy: { id: 'asc' } },
    },
  });
  const address = toOptionValues(order.shippingAddress);
  const rateBps = (address['country'] ? await taxRateBpsOf(tx, address['country']) : null) ?? 0;
  const lines: DocumentLine[] = order.lines.map((l) => ({
    description: `${l.productTitle}${l.variantTitle ? ` — ${l.variantTitle}` : ''} (${l.sku})`,
    quantity: l.quantity,
    unitAmount: l.unitPriceAmount,
    amount: l.lineTotalAmount,
    rateBps,
  }));
  const lineTax = order.lines.reduce((s, l) => s + l.taxAmount, 0);
  const taxed = order.lines.map((l) => ({ amount: l.lineTotalAmount, taxAmount: l.taxAmount, rateBps }));
  if (order.shippingAmount > 0 || order.taxAmount !== lineTax) {
    lines.push({ description: `Shipping: ${order.shippingMethodName}`, quantity: 1, unitAmount: order.shippingAmount, amount: order.shippingAmount, rateBps });
    taxed.push({ amount: order.shippingAmount, taxAmount: order.taxAmount - lineTax, rateBps });
  }
  const vat = vatBreakdown(taxed, order.pricesIncludeTax);
  return {
    orderNumber: order.number,
    currency: order.currency,
    pricesIncludeTax: order.pricesIncludeTax,
    seller: await sellerDetails(tx),
    buyer: { email: order.email, address: addressLines(address) },
    lines,
    vat,
    totals: vatTotals(vat),
  };
}
