// The partner portal's date range: `from`/`to` from the URL (YYYY-MM-DD), defaulting to the
// last 30 days up to today (UTC); anything malformed falls back to the default.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export interface DayRange {
  from: string;
  to: string;
}

export function statsRange(params: URLSearchParams, now = new Date()): DayRange {
  const today = now.toISOString().slice(0, 10);
  const defaultFrom = new Date(Date.parse(today) - 29 * DAY_MS).toISOString().slice(0, 10);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const valid = (d: string) => DAY.test(d) && !Number.isNaN(Date.parse(d));
  if (!valid(from) || !valid(to) || from > to || Date.parse(to) - Date.parse(from) > 365 * DAY_MS) return { from: defaultFrom, to: today };
  return { from, to };
}

/** A tracked link to the store (home or a product) for a partner code and link source. */
export function trackedLink(origin: string, code: string, productSlug: string | null, source: 'link' | 'widget' | 'ring' | 'content' = 'link'): string {
  const url = new URL(`/r/${encodeURIComponent(code)}`, origin);
  if (productSlug) url.searchParams.set('product', productSlug);
  if (source !== 'link') url.searchParams.set('src', source);
  return url.toString();
}
