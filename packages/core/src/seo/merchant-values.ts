// Field values in the form Google Merchant Center's product data specification asks for,
// shared by the XML and the TSV feed.
import type { FeedItem } from './feed-items.ts';
import type { SaleWindow } from '../pricing/index.ts';
import { toDecimalString } from '../shared/index.ts';

const MAX_TITLE = 150;
const MAX_DESCRIPTION = 5_000;

/** "12.34 EUR": a decimal amount in major units and the currency (JPY has no decimals). */
export function merchantPrice(amount: number, currency: string): string {
  return `${toDecimalString({ amount, currency })} ${currency}`;
}

/**
 * ISO 8601 interval "start/end", only for a sale that ends (an open-ended sale needs no dates).
 * A sale without a start date runs since today as far as the feed knows: the start of `now`'s
 * UTC day, so the feed (and its ETag) stay the same all day.
 */
export function saleEffectiveDate(window: SaleWindow | null, now: Date): string | null {
  if (!window?.endsAt) return null;
  const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return `${iso(window.startsAt ?? today)}/${iso(window.endsAt)}`;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** One item as (field, value) pairs in the specification's names, empty fields left out. */
export function merchantFields(item: FeedItem, now: Date): [string, string][] {
  const fields: [string, string | null][] = [
    ['id', item.id],
    ['title', clip(item.title, MAX_TITLE)],
    ['description', clip(item.description, MAX_DESCRIPTION)],
    ['link', item.link],
    ['image_link', item.imageLink],
    ['availability', item.availability],
    ['price', merchantPrice(item.priceAmount, item.currency)],
    ['sale_price', item.sale ? merchantPrice(item.sale.amount, item.currency) : null],
    ['sale_price_effective_date', item.sale ? saleEffectiveDate(item.sale.window, now) : null],
    ['brand', item.brand],
    ['gtin', item.gtin],
    ['mpn', item.mpn],
    ['identifier_exists', item.gtin || item.mpn ? null : 'no'],
    ['condition', item.condition],
    ['item_group_id', item.itemGroupId],
    ['product_type', item.productType || null],
  ];
  return fields.filter((f): f is [string, string] => f[1] !== null && f[1] !== '');
}
