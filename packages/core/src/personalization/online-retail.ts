// One line of the UCI "Online Retail" transaction log (InvoiceNo, StockCode, Description,
// Quantity, InvoiceDate, UnitPrice, CustomerID, Country) read as it is: a sale, a cancellation
// (an invoice starting with "C", negative quantity), or a skipped row with the one reason why.
// Prices are read exactly as pence; a row is skipped rather than guessed at.
import { parseDecimal } from '@tandem/money';

/** The header the file must start with. */
export const ONLINE_RETAIL_COLUMNS = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'] as const;

/** Codes for postage, carriage, fees, discounts, samples, manual and bad-debt lines: not products. */
const NON_PRODUCT_CODES = new Set(['POST', 'DOT', 'C2', 'M', 'S', 'D', 'B', 'AMAZONFEE', 'BANK CHARGES', 'CRUK', 'PADS']);

/** Why a row was left out; each one is counted in the import and evaluation reports. */
export type RetailSkipReason =
  | 'malformed'
  | 'non_product_code'
  | 'gift_voucher'
  | 'no_customer'
  | 'non_positive_price'
  | 'price_below_a_penny'
  | 'non_positive_quantity'
  | 'cancellation_with_positive_quantity';

/** Plain-language labels for the reasons, as the reports print them. */
export const RETAIL_SKIP_LABELS: Record<RetailSkipReason, string> = {
  malformed: 'malformed line (wrong field count, quantity or date)',
  non_product_code: 'postage, fee, discount or manual code (POST, DOT, M, BANK CHARGES, …)',
  gift_voucher: 'gift voucher (gift_0001_*)',
  no_customer: 'no CustomerID (guest sale)',
  non_positive_price: 'zero or negative unit price',
  price_below_a_penny: 'unit price with more than two decimals (below a penny)',
  non_positive_quantity: 'sale with zero or negative quantity (stock adjustment)',
  cancellation_with_positive_quantity: 'cancellation with a positive quantity',
};

/** A kept line: a sale, or a cancellation of `-quantity` units. */
export interface RetailLine {
  invoice: string;
  cancellation: boolean;
  stockCode: string;
  description: string;
  /** Positive for sales, negative for cancellations. */
  quantity: number;
  at: Date;
  /** Unit price in pence (GBP minor units). */
  unitAmount: number;
  customerId: string;
  country: string;
}

export type RetailRow = { ok: true; line: RetailLine } | { ok: false; reason: RetailSkipReason };

/** Classifies the fields of one data line. */
export function classifyRetailRow(fields: readonly string[]): RetailRow {
  if (fields.length !== ONLINE_RETAIL_COLUMNS.length) return { ok: false, reason: 'malformed' };
  const [invoiceRaw, codeRaw, description, quantityRaw, dateRaw, priceRaw, customerRaw, country] = fields.map((f) => f.trim()) as [string, string, string, string, string, string, string, string];
  const quantity = Number(quantityRaw);
  const at = parseInvoiceDate(dateRaw);
  if (!invoiceRaw || !codeRaw || !Number.isInteger(quantity) || !at) return { ok: false, reason: 'malformed' };
  if (NON_PRODUCT_CODES.has(codeRaw.toUpperCase())) return { ok: false, reason: 'non_product_code' };
  if (/^gift_/i.test(codeRaw)) return { ok: false, reason: 'gift_voucher' };
  // IDs are written as floats ("17850.0") by the spreadsheet the file came from.
  const customerId = /^(\d+)(\.0+)?$/.exec(customerRaw)?.[1];
  if (!customerId) return { ok: false, reason: 'no_customer' };
  const negative = priceRaw.startsWith('-');
  const price = parseDecimal(negative ? priceRaw.slice(1) : priceRaw, 'GBP');
  if (negative || (price.ok && price.amount === 0)) return { ok: false, reason: 'non_positive_price' };
  if (!price.ok) return { ok: false, reason: price.error === 'too_many_decimals' ? 'price_below_a_penny' : 'malformed' };
  const cancellation = /^C/i.test(invoiceRaw);
  if (cancellation && quantity >= 0) return { ok: false, reason: 'cancellation_with_positive_quantity' };
  if (!cancellation && quantity <= 0) return { ok: false, reason: 'non_positive_quantity' };
  return { ok: true, line: { invoice: invoiceRaw, cancellation, stockCode: codeRaw.toUpperCase(), description, quantity, at, unitAmount: price.amount, customerId, country } };
}

/** `YYYY-MM-DD HH:MM:SS` (the shop's local time, read as UTC so a split date means the same day everywhere). */
function parseInvoiceDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(at.getTime()) || at.getUTCDate() !== d ? null : at;
}
