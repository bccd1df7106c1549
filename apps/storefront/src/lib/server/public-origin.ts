// The storefront's public address for canonical URLs, Open Graph tags, JSON-LD and robots.txt:
// PUBLIC_STORE_URL, else adapter-node's ORIGIN, else the address the request came to. The same
// setting says whether the shop is served over HTTPS (HSTS, `__Host-` cookie names).
import { env } from '$env/dynamic/private';
import { frontEndSite, type FrontEndSite } from '@tandem/web-kit/site';

const configuredOrigin = (): string | undefined => env.PUBLIC_STORE_URL || env.ORIGIN;

export function publicOrigin(requestUrl: URL): string {
  const configured = configuredOrigin();
  return configured ? new URL(configured).origin : requestUrl.origin;
}

/** The shop as web-kit's cookie and header rules see it; from configuration, never a request header. */
export function shopSite(): FrontEndSite {
  return frontEndSite('shop', configuredOrigin());
}
