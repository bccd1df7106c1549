// The same feed as tab-separated values (Merchant Center's "text" format): a fixed header,
// one line per item; tabs and line breaks inside values become spaces.
import type { FeedItem } from './feed-items.ts';
import { merchantFields, merchantPrice } from './merchant-values.ts';

export const MERCHANT_TSV_COLUMNS = [
  'id', 'title', 'description', 'link', 'image_link', 'availability', 'price', 'sale_price', 'sale_price_effective_date',
  'brand', 'gtin', 'mpn', 'identifier_exists', 'condition', 'item_group_id', 'product_type', 'shipping',
] as const;

const clean = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

export const merchantTsvHeader = () => `${MERCHANT_TSV_COLUMNS.join('\t')}\n`;

export function merchantTsvLine(item: FeedItem, now: Date): string {
  const fields = new Map(merchantFields(item, now));
  // Shipping in the text format: country::service:price, several separated by commas.
  fields.set('shipping', item.shipping.map((s) => `${s.country}:::${merchantPrice(s.amount, item.currency)}`).join(','));
  return `${MERCHANT_TSV_COLUMNS.map((c) => clean(fields.get(c) ?? '')).join('\t')}\n`;
}
