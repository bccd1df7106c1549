// What the widget accepts from the network and from attributes. Everything the API sends is
// checked field by field before it reaches the DOM: a response that does not fit renders nothing.
import { formatMoney } from '@tandem/money';

/** One product card as the widget shows it. */
export interface CrosslinkProduct {
  name: string;
  /** Today's price in minor units. */
  amount: number;
  /** The regular price when today's is lower, else null. */
  regularAmount: number | null;
  currency: string;
  /** The tracked link: `<storefront>/r/<partner>?product=<slug>&src=widget`. */
  url: string;
  imageUrl: string | null;
}

/** The validated body of `GET /widget/crosslinks`. */
export interface CrosslinksData {
  store: { name: string; url: string };
  products: CrosslinkProduct[];
}

const MAX_PRODUCTS = 12;
const CODE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const CURRENCY = /^[A-Z]{3}$/;

/** The URL as an absolute http(s) string, or null (javascript:, data:, relative, garbage). */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** A partner code, ring slug or site code as used in URLs; null when it is not one. */
export function safeCode(value: unknown): string | null {
  return typeof value === 'string' && CODE.test(value) ? value : null;
}

/** The `limit` attribute as a number from 1 to 12 (4 when absent or unreadable). */
export function readLimit(value: string | null | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? Math.min(MAX_PRODUCTS, Math.max(1, n)) : 4;
}

/** A short plain string: trimmed, bounded, never anything but text. */
function text(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed.slice(0, max) : null;
}

function minorAmount(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function parseProduct(value: unknown): CrosslinkProduct | null {
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Record<string, unknown>;
  const name = text(p.name, 200);
  const amount = minorAmount(p.amount);
  const url = safeHttpUrl(p.url);
  const currency = typeof p.currency === 'string' && CURRENCY.test(p.currency) ? p.currency : null;
  if (name === null || amount === null || url === null || currency === null) return null;
  const regular = minorAmount(p.regularAmount);
  return { name, amount, currency, url, regularAmount: regular !== null && regular > amount ? regular : null, imageUrl: safeHttpUrl(p.imageUrl) };
}

/** The crosslinks response, keeping only well-formed products; null when the whole body is unusable. */
export function parseCrosslinks(json: unknown): CrosslinksData | null {
  if (typeof json !== 'object' || json === null) return null;
  const body = json as Record<string, unknown>;
  const store = body.store as Record<string, unknown> | null | undefined;
  const storeName = text(store?.name, 100);
  const storeUrl = safeHttpUrl(store?.url);
  if (storeName === null || storeUrl === null || !Array.isArray(body.products)) return null;
  const products = body.products.slice(0, MAX_PRODUCTS).map(parseProduct).filter((p): p is CrosslinkProduct => p !== null);
  return { store: { name: storeName, url: storeUrl }, products };
}

/** The price in the page's language, e.g. "€1,299.00"; a page language Intl refuses falls back to the browser's. */
export function formatPrice(amount: number, currency: string, locale?: string): string {
  try {
    return formatMoney({ amount, currency }, { locale: locale || undefined });
  } catch {
    return formatMoney({ amount, currency });
  }
}
