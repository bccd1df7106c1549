// Whether a member's page still carries the ring: pure, given what the fetcher brought back.
// Fetching (timeouts, size limits, which addresses may be reached) is the host's job, behind
// `RingPageFetcher`, so core makes no network calls of its own.

/** What fetching a member's page gave: the status and the start of the body, or why it failed. */
export type RingPageFetch = { ok: true; status: number; body: string } | { ok: false; error: string };

/** Fetches a member's page for the health check. Implementations must never throw. */
export type RingPageFetcher = (url: string) => Promise<RingPageFetch>;

export type RingPageVerdict = { up: true } | { up: false; reason: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when the HTML carries ring `slug`'s bar: the element (`<tandem-ringbar ring="slug"`), the
 * one-tag script (`data-ring="slug"`), or the plain-HTML fallback (links to the ring's /next and
 * /prev endpoints).
 */
export function pageCarriesRingBar(html: string, slug: string): boolean {
  const s = escape(slug);
  const element = new RegExp(`<tandem-ringbar\\b[^>]*\\bring\\s*=\\s*["']?${s}(?=["'\\s/>])`, 'i');
  const script = new RegExp(`<script\\b[^>]*\\bdata-ring\\s*=\\s*["']?${s}(?=["'\\s/>])`, 'i');
  const link = (direction: string) => new RegExp(`href\\s*=\\s*["']?[^"'\\s>]*/rings/${s}/${direction}\\b`, 'i');
  return element.test(html) || script.test(html) || (link('next').test(html) && link('prev').test(html));
}

export function assessRingPage(result: RingPageFetch, slug: string): RingPageVerdict {
  if (!result.ok) return { up: false, reason: result.error };
  if (result.status < 200 || result.status > 299) return { up: false, reason: `HTTP ${result.status}` };
  return pageCarriesRingBar(result.body, slug) ? { up: true } : { up: false, reason: 'the ring bar is missing from the page' };
}
