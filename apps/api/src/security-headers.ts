// Headers every API response starts with, whatever route answers it (tRPC, health, media,
// feeds, sitemaps, widget, rings, webhooks, 404s and 500s): no content sniffing, and no
// referrer. A route that needs another referrer policy (the web-ring redirects, which let the
// next member see where the visitor came from) sets its own, which replaces the default.
import type { RequestListener } from 'node:http';

/** The defaults; the storefront and admin get theirs from web-kit's `securityHeaders`. */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Sets the default security headers on each response before `listener` answers it. */
export function withSecurityHeaders(listener: RequestListener): RequestListener {
  return (req, res) => {
    for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) res.setHeader(name, value);
    listener(req, res);
  };
}
