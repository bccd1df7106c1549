// Money as offer feeds write it (Google Merchant style): "12.99 EUR", "EUR 12.99", "12.99"
// with the currency elsewhere, and shipping as "NL:::4.95 EUR" (country:region:service:price,
// several joined by commas) or a plain amount. Amounts become integer minor units without
// going through floating point.
import { parseDecimal, type Money } from '@tandem/money';

export type FeedMoney = Money;

/** Feeds price goods, not companies: above this many minor units a price is a typo. */
const MAX_FEED_AMOUNT = 1_000_000_000;

/** Parses "12.99 EUR" / "EUR 12.99" / "12.99" (+ fallback currency); a string saying what is wrong otherwise. */
export function parseFeedMoney(raw: string, fallbackCurrency?: string): FeedMoney | string {
  const text = raw.trim().replace(/\s+/g, ' ');
  const match = /^(?:([A-Za-z]{3}) )?(\d+(?:[.,]\d+)?)(?: ([A-Za-z]{3}))?$/.exec(text);
  if (!match) return `"${raw}" is not an amount like "12.99 EUR"`;
  const [, before, number = '', after] = match;
  if (before && after) return `"${raw}" names two currencies`;
  const currency = (before ?? after ?? fallbackCurrency ?? '').toUpperCase();
  if (!currency) return `"${raw}" has no currency (write "12.99 EUR" or fill the currency column)`;
  if (!/^[A-Z]{3}$/.test(currency)) return `"${currency}" is not an ISO 4217 currency`;
  const parsed = parseDecimal(number, currency);
  if (!parsed.ok) {
    if (parsed.error === 'not_a_currency') return `"${currency}" is not an ISO 4217 currency`;
    if (parsed.error === 'too_many_decimals') return `"${raw}" has more decimals than ${currency} allows`;
    return `"${raw}" is too large`;
  }
  if (parsed.amount > MAX_FEED_AMOUNT) return `"${raw}" is too large`;
  return { amount: parsed.amount, currency };
}

/**
 * The shipping price to `country` from a Google-style shipping attribute: the entry for that
 * country, else one without a country, else (when every entry names another country) an error.
 */
export function parseFeedShipping(raw: string, country: string, fallbackCurrency?: string): FeedMoney | string {
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  const parsed: { country: string; price: string }[] = [];
  for (const entry of entries) {
    const parts = entry.split(':');
    if (parts.length === 1) parsed.push({ country: '', price: entry });
    else if (parts.length === 4) parsed.push({ country: (parts[0] ?? '').trim().toUpperCase(), price: parts[3] ?? '' });
    else return `"${entry}" is not "country:region:service:price" or an amount`;
  }
  const chosen = parsed.find((entry) => entry.country === country) ?? parsed.find((entry) => entry.country === '');
  if (!chosen) return `no shipping price for ${country}`;
  return parseFeedMoney(chosen.price, fallbackCurrency);
}
