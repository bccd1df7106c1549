// Where to send someone after signing in. `next` comes from the URL, so anyone can write it:
// only paths on this site are followed, never another origin (an open redirect).

const BASE = 'http://app.invalid';

/**
 * `raw` when it is a path on this site and not one of `excluded`, else `fallback`.
 *
 * @example safeLocalPath('/checkout', '/') // "/checkout"
 * @example safeLocalPath('//evil.example/', '/') // "/"
 */
export function safeLocalPath(raw: string | null | undefined, fallback: string, excluded: ReadonlySet<string> = new Set()): string {
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil.example" would leave the site.
  if (!raw || raw.length > 1000 || !raw.startsWith('/') || /[\s\\]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || excluded.has(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
