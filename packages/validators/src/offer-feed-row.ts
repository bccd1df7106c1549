// One row of an offer feed (Google Merchant-style fields), validated and normalised. Feeds are
// CSV (every value a string) or JSON (strings or numbers), so values are read as text first.
import { z } from 'zod';
import { line } from './text.ts';
import { parseFeedMoney, parseFeedShipping } from './feed-money.ts';
import { normaliseGtin } from './gtin.ts';

const AVAILABILITY = {
  'in stock': 'IN_STOCK',
  'out of stock': 'OUT_OF_STOCK',
  preorder: 'PREORDER',
  backorder: 'BACKORDER',
} as const;

export type OfferAvailabilityName = (typeof AVAILABILITY)[keyof typeof AVAILABILITY];

/**
 * A feed value as one line of text: numbers become strings, blanks and nulls become undefined,
 * and the line breaks and tabs a merchant's CSV may quote inside a value become single spaces
 * (other control characters are still refused by `line()`).
 */
const text = (max: number) =>
  z.preprocess(
    (value) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value.replace(/[\t\r\n]+/g, ' ').trim() || undefined : value ?? undefined),
    line().max(max, `is longer than ${max} characters`).optional(),
  );

const money = (field: string, country: string) => (value: string | undefined, ctx: z.RefinementCtx, currency: string | undefined, shipping = false) => {
  if (value === undefined) return undefined;
  const parsed = shipping ? parseFeedShipping(value, country, currency) : parseFeedMoney(value, currency);
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', path: [field], message: parsed });
    return undefined;
  }
  return parsed;
};

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The schema of one feed row. `country` picks the shipping entry offers are compared with.
 *
 * @example offerFeedRow('NL').safeParse({ id: 'A1', title: 'Saddle', price: '49.95 EUR', link: 'https://…', gtin: '4006381333931' })
 */
export function offerFeedRow(country: string) {
  return z
    .object({
      id: text(200),
      title: text(500),
      link: text(2000),
      price: text(40),
      sale_price: text(40),
      currency: text(3),
      shipping: text(400),
      availability: text(40),
      gtin: text(40),
      mpn: text(70),
      brand: text(120),
    })
    .transform((row, ctx) => {
      for (const field of ['id', 'title', 'link', 'price'] as const) {
        if (row[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'is required' });
      }
      if (row.link !== undefined && !isWebUrl(row.link)) ctx.addIssue({ code: 'custom', path: ['link'], message: 'must be an http(s) URL' });
      const currency = row.currency?.toUpperCase();
      const price = money('price', country)(row.price, ctx, currency);
      const sale = money('sale_price', country)(row.sale_price, ctx, currency);
      // A plain shipping amount ("4.95") is in the price's currency.
      const shipping = money('shipping', country)(row.shipping, ctx, currency ?? price?.currency, true);
      if (price && sale && sale.currency !== price.currency) ctx.addIssue({ code: 'custom', path: ['sale_price'], message: `is in ${sale.currency}, the price in ${price.currency}` });
      if (price && sale && sale.amount > price.amount) ctx.addIssue({ code: 'custom', path: ['sale_price'], message: 'is higher than the price' });
      if (price && shipping && shipping.currency !== price.currency) ctx.addIssue({ code: 'custom', path: ['shipping'], message: `is in ${shipping.currency}, the price in ${price.currency}` });
      const gtin = row.gtin === undefined ? null : normaliseGtin(row.gtin);
      if (row.gtin !== undefined && gtin === null) ctx.addIssue({ code: 'custom', path: ['gtin'], message: `"${row.gtin}" is not a valid GTIN (length or check digit)` });
      const availability = row.availability === undefined ? 'IN_STOCK' : AVAILABILITY[row.availability.toLowerCase().replace(/_/g, ' ') as keyof typeof AVAILABILITY];
      if (!availability) ctx.addIssue({ code: 'custom', path: ['availability'], message: 'must be in stock, out of stock, preorder or backorder' });
      if (!price || !availability || !row.id || !row.title || !row.link || ctx.issues.length) return z.NEVER;
      return {
        externalId: row.id,
        title: row.title,
        link: row.link,
        gtin,
        mpn: row.mpn ?? null,
        brand: row.brand ?? null,
        priceAmount: price.amount,
        saleAmount: sale?.amount ?? null,
        currency: price.currency,
        shippingAmount: shipping?.amount ?? 0,
        availability: availability as OfferAvailabilityName,
      };
    });
}

export type OfferFeedRow = z.output<ReturnType<typeof offerFeedRow>>;
