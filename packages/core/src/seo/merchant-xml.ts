// The Google Merchant Center feed as RSS 2.0 with the g: namespace, written item by item.
import type { FeedItem } from './feed-items.ts';
import { merchantFields, merchantPrice } from './merchant-values.ts';
import { escapeXml } from './xml.ts';

export const MERCHANT_NS = 'http://base.google.com/ns/1.0';

export interface FeedChannel {
  title: string;
  link: string;
  description: string;
}

export function merchantXmlOpen(channel: FeedChannel): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="${MERCHANT_NS}">\n<channel>\n<title>${escapeXml(channel.title)}</title>\n<link>${escapeXml(channel.link)}</link>\n<description>${escapeXml(channel.description)}</description>\n`;
}

export const MERCHANT_XML_CLOSE = '</channel>\n</rss>\n';

export function merchantXmlItem(item: FeedItem, now: Date): string {
  const fields = merchantFields(item, now).map(([name, value]) => `<g:${name}>${escapeXml(value)}</g:${name}>`);
  const shipping = item.shipping.map((s) => `<g:shipping><g:country>${escapeXml(s.country)}</g:country><g:price>${merchantPrice(s.amount, item.currency)}</g:price></g:shipping>`);
  return `<item>${[...fields, ...shipping].join('')}</item>\n`;
}
